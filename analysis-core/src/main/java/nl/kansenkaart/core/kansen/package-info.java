/**
 * The kansenkaart analysis: individual and collective opportunities (kansen) of one plan area with a
 * priority score and a Dutch explanation each, and the park score card, built on the solar, label,
 * obligation and grid results.
 */
package nl.kansenkaart.core.kansen;
