/**
 * The sample project of "Bedrijventerrein De Vaart", made through the real import path, for the
 * demo command and for the workbench's first start.
 */
package nl.kansenkaart.app.demo;
