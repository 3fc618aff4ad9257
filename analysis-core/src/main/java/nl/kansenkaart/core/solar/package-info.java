/**
 * Rooftop solar potential per building and per park (leidraad step 2.3 "zon op dak"): the
 * leidraad footprint rule, a footprint rule with today's modules, and a roof-part method on 3D BAG
 * dakvlakken, with a rough business case, all driven by one editable {@link
 * nl.kansenkaart.core.solar.SolarAssumptions} record.
 */
package nl.kansenkaart.core.solar;
