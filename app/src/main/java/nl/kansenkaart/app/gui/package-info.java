/**
 * The JavaFX workbench: one view and one view-model per panel (map, layers and legend, building
 * panel, adressenlijst, status bar), background work through a {@link nl.kansenkaart.app.gui.TaskExecutor}
 * and all dialogs through a {@link nl.kansenkaart.app.gui.DialogService}.
 */
package nl.kansenkaart.app.gui;
