/**
 * The office label-C obligation per pand (office share from its verblijfsobjecten, the latest valid
 * EP-Online label, exemptions from the consultant's overrides), plus the small shared helpers the
 * building analyses use: Dutch number formatting, assumption properties and the snapshot index.
 */
package nl.kansenkaart.core.labels;
