/**
 * CityJSON 2.0 and CityJSONSeq sources (3D BAG): building footprints as layer "pand" and roof
 * faces with slope, azimuth and true 3D area as layer "dakvlak".
 */
package nl.kansenkaart.io.cityjson;
