/**
 * Text the analyses share: Dutch numbers ("1.240", "7,5") written fast enough for a reason line per
 * pand, and typed reading of assumption properties with Dutch messages that name the key and value.
 */
package nl.kansenkaart.core.text;
