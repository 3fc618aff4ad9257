/**
 * Estimated yearly electricity and gas use per pand (floor area x an intensity per gebruiksdoel,
 * replaced by the consultant's measured values) and the likely energiebesparingsplicht and
 * onderzoeksplicht; also the park-wide run of the three building analyses and its summary.
 */
package nl.kansenkaart.core.obligations;
