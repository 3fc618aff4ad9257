/**
 * The office label-C obligation per pand (office share from its verblijfsobjecten, the latest valid
 * EP-Online label, exemptions from the consultant's overrides), plus the snapshot index the building
 * analyses share.
 */
package nl.kansenkaart.core.labels;
