/**
 * The JavaFX workbench: one view and one view-model per panel (map, layers and legend, assumptions,
 * building panel, adressenlijst and result tables, import wizard, presentation mode, status bar),
 * background work through a {@link nl.kansenkaart.app.gui.TaskExecutor} and all dialogs through a
 * {@link nl.kansenkaart.app.gui.DialogService}.
 */
package nl.kansenkaart.app.gui;
