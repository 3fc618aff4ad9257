package nl.kansenkaart.app.map;

import java.util.List;
import java.util.Optional;

/** Puts a feature of a layer in one of a fixed, ordered list of classes (the legend order). */
public interface Classifier {

    /** All classes in legend order. */
    List<StyleClass> classes();

    /** The class of a feature; empty when the feature is not drawn by this style. */
    Optional<StyleClass> classify(MapFeature feature);

    /** A classifier that puts every feature in the one given class. */
    static Classifier single(StyleClass only) {
        return new Classifier() {
            @Override
            public List<StyleClass> classes() {
                return List.of(only);
            }

            @Override
            public Optional<StyleClass> classify(MapFeature feature) {
                return Optional.of(only);
            }
        };
    }
}
