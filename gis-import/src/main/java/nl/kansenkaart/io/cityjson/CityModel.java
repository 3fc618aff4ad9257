package nl.kansenkaart.io.cityjson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * A set of CityObjects with the vertices they index (a whole CityJSON file, or one CityJSONFeature
 * of a sequence), turned into "pand" and "dakvlak" rows.
 */
final class CityModel {

    /** One output row before it is numbered. */
    record Row(String id, Optional<Geometry> geometry, Map<String, Object> attributes) {}

    private final Map<String, Object> cityObjects;
    private final VertexArray vertices;
    private final double[] scale;
    private final double[] translate;
    private final GeometryFactory factory;

    CityModel(
            Map<String, Object> cityObjects,
            VertexArray vertices,
            double[] scale,
            double[] translate,
            GeometryFactory factory) {
        this.cityObjects = cityObjects;
        this.vertices = vertices;
        this.scale = scale;
        this.translate = translate;
        this.factory = factory;
    }

    /** One row per Building: its attributes and its 2D footprint. */
    List<Row> buildings() {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : cityObjects.entrySet()) {
            Map<String, Object> object = JsonTree.map(e.getValue());
            if (!"Building".equals(object.get("type"))) {
                continue;
            }
            Map<String, Object> attributes = new LinkedHashMap<>(JsonTree.map(object.get("attributes")));
            rows.add(new Row(e.getKey(), footprint(object), attributes));
        }
        return rows;
    }

    /** One row per RoofSurface of the highest LoD of every BuildingPart (or of a Building without parts). */
    List<Row> roofFaces() {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, Object> e : cityObjects.entrySet()) {
            Map<String, Object> object = JsonTree.map(e.getValue());
            Object type = object.get("type");
            boolean part = "BuildingPart".equals(type);
            boolean wholeBuilding = "Building".equals(type)
                    && JsonTree.list(object.get("children")).isEmpty();
            if (!part && !wholeBuilding) {
                continue;
            }
            String buildingId = part
                    ? JsonTree.list(object.get("parents")).stream()
                            .findFirst()
                            .map(Object::toString)
                            .orElse(e.getKey())
                    : e.getKey();
            Optional<Map<String, Object>> highest = geometries(object).stream()
                    .filter(g -> g.get("semantics") != null)
                    .max((a, b) -> Double.compare(lod(a), lod(b)));
            if (highest.isEmpty()) {
                continue;
            }
            int index = 0;
            for (Surface s : surfaces(highest.get())) {
                if (!"RoofSurface".equals(s.semantic())) {
                    continue;
                }
                index++;
                List<List<double[]>> rings =
                        s.rings().stream().map(this::ring3d).toList();
                RoofFace face = RoofFace.of(rings.get(0), rings.subList(1, rings.size()));
                Map<String, Object> attributes = new LinkedHashMap<>();
                attributes.put("buildingId", buildingId);
                attributes.put("partId", e.getKey());
                attributes.put("lod", highest.get().get("lod").toString());
                attributes.put("slopeDeg", face.slopeDeg());
                attributes.put("azimuthDeg", face.azimuthDeg());
                attributes.put("areaM2", face.areaM2());
                attributes.put("heightMedianM", face.medianHeightM());
                attributes.put("heightMeanM", face.meanHeightM());
                rows.add(new Row(e.getKey() + "-dak" + index, outline(rings), attributes));
            }
        }
        return rows;
    }

    /** LoD0 of the building when present, else the ground surfaces (or outline) of its parts' lowest LoD. */
    private Optional<Geometry> footprint(Map<String, Object> building) {
        Optional<Map<String, Object>> lod0 =
                geometries(building).stream().filter(g -> lod(g) == 0).findFirst();
        if (lod0.isPresent()) {
            return union(surfaces(lod0.get()));
        }
        List<Surface> ground = new ArrayList<>();
        List<Map<String, Object>> holders = new ArrayList<>();
        holders.add(building);
        for (Object child : JsonTree.list(building.get("children"))) {
            holders.add(JsonTree.map(cityObjects.get(child.toString())));
        }
        for (Map<String, Object> holder : holders) {
            geometries(holder).stream()
                    .min((a, b) -> Double.compare(lod(a), lod(b)))
                    .ifPresent(g -> {
                        List<Surface> all = surfaces(g);
                        List<Surface> grounds = all.stream()
                                .filter(s -> "GroundSurface".equals(s.semantic()))
                                .toList();
                        ground.addAll(grounds.isEmpty() ? all : grounds);
                    });
        }
        return union(ground);
    }

    private Optional<Geometry> union(List<Surface> surfaces) {
        List<Geometry> polygons = new ArrayList<>();
        for (Surface s : surfaces) {
            outline(s.rings().stream().map(this::ring3d).toList())
                    .filter(p -> p.getArea() > 0)
                    .ifPresent(polygons::add);
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
