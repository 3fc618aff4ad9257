package nl.kansenkaart.io.cityjson;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Turns CityObjects, handed over one at a time with the vertices they index, into "pand" or
 * "dakvlak" rows. A roof face needs only its BuildingPart; a footprint without LoD0 needs the
 * Building's parts, which may come before or after it, so such a Building waits until its parts
 * have been seen (or the block of CityObjects ends).
 */
final class CityModel {

    /** One output row before it is numbered. */
    record Row(String id, Optional<Geometry> geometry, Map<String, Object> attributes) {}

    /** A Building waiting for the ground surfaces of its parts. */
    private static final class Waiting {
        final String id;
        final Map<String, Object> attributes;
        final List<Surface3d> ground = new ArrayList<>();
        final Set<String> missing;

        Waiting(String id, Map<String, Object> attributes, Set<String> missing) {
            this.id = id;
            this.attributes = attributes;
            this.missing = missing;
        }
    }

    /** A surface with its rings already in real coordinates. */
    private record Surface3d(List<List<double[]>> rings) {}

    private final boolean roofs;
    private final VertexArray vertices;
    private final double[] scale;
    private final double[] translate;
    private final GeometryFactory factory;
    private final Map<String, Waiting> waiting = new LinkedHashMap<>();
    private final Map<String, List<Surface3d>> earlyParts = new LinkedHashMap<>();
    private final Set<String> done = new HashSet<>();

    /**
     * @param roofs true for the "dakvlak" layer, false for "pand"
     * @param vertices the vertices the objects index
     */
    CityModel(boolean roofs, VertexArray vertices, double[] scale, double[] translate, GeometryFactory factory) {
        this.roofs = roofs;
        this.vertices = vertices;
        this.scale = scale;
        this.translate = translate;
        this.factory = factory;
    }

    /** Takes one CityObject; returns the rows it completes. */
    List<Row> accept(String id, Map<String, Object> object) {
        return roofs ? roofFaces(id, object) : building(id, object);
    }

    /** The end of a block of CityObjects: waiting Buildings get the parts that were found. */
    List<Row> finish() {
        List<Row> rows = new ArrayList<>();
        for (Waiting w : waiting.values()) {
            rows.add(new Row(w.id, union(w.ground), w.attributes));
        }
        waiting.clear();
        earlyParts.clear();
        done.clear();
        return rows;
    }

    private List<Row> building(String id, Map<String, Object> object) {
        Object type = object.get("type");
        if ("BuildingPart".equals(type)) {
            List<Surface3d> ground = ground(object);
            String parent = JsonTree.list(object.get("parents")).stream()
                    .findFirst()
                    .map(Object::toString)
                    .orElse("");
            Waiting w = waiting.get(parent);
            if (w != null) {
                w.ground.addAll(ground);
                w.missing.remove(id);
                return complete(w);
            }
            if (!done.contains(parent)) {
                earlyParts.put(id, ground);
            }
            return List.of();
        }
        if (!"Building".equals(type)) {
            return List.of();
        }
        Map<String, Object> attributes = new LinkedHashMap<>(JsonTree.map(object.get("attributes")));
        List<String> children = JsonTree.list(object.get("children")).stream()
                .map(Object::toString)
                .toList();
        Optional<Map<String, Object>> lod0 =
                geometries(object).stream().filter(g -> lod(g) == 0).findFirst();
        if (lod0.isPresent() || children.isEmpty()) {
            children.forEach(earlyParts::remove);
            done.add(id);
            List<Surface3d> surfaces = lod0.map(this::real).orElseGet(() -> ground(object));
            return List.of(new Row(id, union(surfaces), attributes));
        }
        Waiting w = new Waiting(id, attributes, new HashSet<>(children));
        w.ground.addAll(ground(object));
        for (String child : children) {
            List<Surface3d> early = earlyParts.remove(child);
            if (early != null) {
                w.ground.addAll(early);
                w.missing.remove(child);
            }
        }
        waiting.put(id, w);
        return complete(w);
    }

    private List<Row> complete(Waiting w) {
        if (!w.missing.isEmpty()) {
            return List.of();
        }
        waiting.remove(w.id);
        done.add(w.id);
        return List.of(new Row(w.id, union(w.ground), w.attributes));
    }

    /** The ground surfaces of an object's lowest LoD, or all its surfaces when none is marked ground. */
    private List<Surface3d> ground(Map<String, Object> object) {
        return geometries(object).stream()
                .min((a, b) -> Double.compare(lod(a), lod(b)))
                .map(g -> {
                    List<Surface> all = surfaces(g);
                    List<Surface> grounds = all.stream()
                            .filter(s -> "GroundSurface".equals(s.semantic()))
                            .toList();
                    return (grounds.isEmpty() ? all : grounds)
                            .stream()
                                    .map(s -> new Surface3d(
                                            s.rings().stream().map(this::ring3d).toList()))
                                    .toList();
                })
                .orElse(List.of());
    }

    private List<Surface3d> real(Map<String, Object> geometry) {
        return surfaces(geometry).stream()
                .map(s -> new Surface3d(s.rings().stream().map(this::ring3d).toList()))
                .toList();
    }

    /** One row per RoofSurface of the highest LoD of a BuildingPart (or of a Building without parts). */
    private List<Row> roofFaces(String id, Map<String, Object> object) {
        Object type = object.get("type");
        boolean part = "BuildingPart".equals(type);
        boolean wholeBuilding =
                "Building".equals(type) && JsonTree.list(object.get("children")).isEmpty();
        if (!part && !wholeBuilding) {
            return List.of();
        }
        String buildingId = part
                ? JsonTree.list(object.get("parents")).stream()
                        .findFirst()
                        .map(Object::toString)
                        .orElse(id)
                : id;
        Optional<Map<String, Object>> highest = geometries(object).stream()
                .filter(g -> g.get("semantics") != null)
                .max((a, b) -> Double.compare(lod(a), lod(b)));
        if (highest.isEmpty()) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (Surface s : surfaces(highest.get())) {
            if (!"RoofSurface".equals(s.semantic())) {
                continue;
            }
            index++;
            List<List<double[]>> rings = s.rings().stream().map(this::ring3d).toList();
            RoofFace face = RoofFace.of(rings.get(0), rings.subList(1, rings.size()));
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("buildingId", buildingId);
            attributes.put("partId", id);
            attributes.put("lod", highest.get().get("lod").toString());
            attributes.put("slopeDeg", face.slopeDeg());
            attributes.put("azimuthDeg", face.azimuthDeg());
            attributes.put("areaM2", face.areaM2());
            attributes.put("heightMedianM", face.medianHeightM());
            attributes.put("heightMeanM", face.meanHeightM());
            rows.add(new Row(id + "-dak" + index, outline(rings), attributes));
        }
        return rows;
    }

    private Optional<Geometry> union(List<Surface3d> surfaces) {
        List<Geometry> polygons = new ArrayList<>();
        for (Surface3d s : surfaces) {
            outline(s.rings()).filter(p -> p.getArea() > 0).ifPresent(polygons::add);
        }
        if (polygons.isEmpty()) {
            return Optional.empty();
        }
        Geometry g = polygons.size() == 1 ? polygons.get(0) : UnaryUnionOp.union(polygons);
        return Optional.of(g);
    }

    /** The face projected on the map: outer ring and holes in x/y. */
    private Optional<Geometry> outline(List<List<double[]>> rings) {
        try {
            LinearRing shell = factory.createLinearRing(closed2d(rings.get(0)));
            LinearRing[] holes = rings.subList(1, rings.size()).stream()
                    .map(r -> factory.createLinearRing(closed2d(r)))
                    .toArray(LinearRing[]::new);
            Polygon p = factory.createPolygon(shell, holes);
            return Optional.of(p);
        } catch (IllegalArgumentException tooFewPoints) {
            return Optional.empty();
        }
    }

    private static Coordinate[] closed2d(List<double[]> ring) {
        Coordinate[] c = new Coordinate[ring.size() + 1];
        for (int i = 0; i < ring.size(); i++) {
            c[i] = new Coordinate(ring.get(i)[0], ring.get(i)[1]);
        }
        c[ring.size()] = c[0].copy();
        return c;
    }

    private List<double[]> ring3d(List<Object> indices) {
        List<double[]> ring = new ArrayList<>(indices.size());
        for (Object index : indices) {
            int v = (int) JsonTree.number(index);
            ring.add(new double[] {
                vertices.get(v, 0) * scale[0] + translate[0],
                vertices.get(v, 1) * scale[1] + translate[1],
                vertices.get(v, 2) * scale[2] + translate[2]
            });
        }
        return ring;
    }

    private static List<Map<String, Object>> geometries(Map<String, Object> object) {
        return JsonTree.list(object.get("geometry")).stream().map(JsonTree::map).toList();
    }

    private static double lod(Map<String, Object> geometry) {
        try {
            return Double.parseDouble(String.valueOf(geometry.get("lod")));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A surface: its rings of vertex indices and its semantic type, if any. */
    private record Surface(List<List<Object>> rings, String semantic) {}

    /** The surfaces of a MultiSurface, CompositeSurface, Solid (exterior shell) or MultiSolid. */
    private static List<Surface> surfaces(Map<String, Object> geometry) {
        String type = String.valueOf(geometry.get("type"));
        List<Object> boundaries = JsonTree.list(geometry.get("boundaries"));
        Map<String, Object> semantics = JsonTree.map(geometry.get("semantics"));
        List<Object> types = JsonTree.list(semantics.get("surfaces"));
        List<Object> values = JsonTree.list(semantics.get("values"));
        List<Surface> out = new ArrayList<>();
        switch (type) {
            case "MultiSurface", "CompositeSurface" -> addShell(boundaries, values, types, out);
            case "Solid" -> {
                if (!boundaries.isEmpty()) {
                    addShell(
                            JsonTree.list(boundaries.get(0)),
                            values.isEmpty() ? values : JsonTree.list(values.get(0)),
                            types,
                            out);
                }
            }
            case "MultiSolid", "CompositeSolid" -> {
                for (int s = 0; s < boundaries.size(); s++) {
                    List<Object> solid = JsonTree.list(boundaries.get(s));
                    List<Object> solidValues = s < values.size() ? JsonTree.list(values.get(s)) : List.of();
                    if (!solid.isEmpty()) {
                        addShell(
                                JsonTree.list(solid.get(0)),
                                solidValues.isEmpty() ? solidValues : JsonTree.list(solidValues.get(0)),
                                types,
                                out);
                    }
                }
            }
            default -> {
                // points and lines have no surfaces
            }
        }
        return out;
    }

    private static void addShell(List<Object> shell, List<Object> values, List<Object> types, List<Surface> out) {
        for (int i = 0; i < shell.size(); i++) {
            List<List<Object>> rings =
                    JsonTree.list(shell.get(i)).stream().map(JsonTree::list).toList();
            if (rings.isEmpty() || rings.get(0).size() < 3) {
                continue;
            }
            String semantic = null;
            if (i < values.size() && values.get(i) instanceof Number n) {
                semantic = String.valueOf(JsonTree.map(types.get(n.intValue())).get("type"));
            }
            out.add(new Surface(rings, semantic));
        }
    }
}
