/** Source formats into the domain model, and the project store (an OGC GeoPackage). */
package nl.kansenkaart.io;
