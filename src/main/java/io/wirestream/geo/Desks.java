package io.wirestream.geo;

import io.wirestream.model.Region;
import io.wirestream.text.RulePacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The newsroom's desks: which desk covers each UN M49 sub-region, with per-country overrides,
 * read from {@code desks.tsv}, and from a {@code desks.tsv} rule pack a newsroom supplies at run time.
 */
public final class Desks {

    private final Map<String, Region> subRegions;
    private final Map<String, Region> countries;
    private final String source;
    /** Where each country override was written ("file:line"), so an unknown code is reported there. */
    private final Map<String, String> origins;

    private Desks(Map<String, Region> subRegions, Map<String, Region> countries, String source,
                  Map<String, String> origins) {
        this.subRegions = Map.copyOf(subRegions);
        this.countries = Map.copyOf(countries);
        this.source = source;
        this.origins = Map.copyOf(origins);
    }

    /** The bundled table. */
    public static Desks standard() {
        return bundled();
    }

    /**
     * The bundled table with the rows of a {@code desks.tsv} pack, each replacing the bundled row of its
     * sub-region or country; or the pack alone when it begins {@code #replace}.
     *
     * @throws IllegalArgumentException naming the pack file and line of a bad row
     */
    public static Desks of(RulePacks packs) {
        RulePacks.Pack pack = packs.pack("desks.tsv");
        if (pack == null) {
            return bundled();
        }
        Desks own = parse(pack.file().toString(), pack.text());
        if (pack.replace()) {
            return own;
        }
        Desks base = bundled();
        Map<String, Region> subRegions = new HashMap<>(base.subRegions);
        subRegions.putAll(own.subRegions);
        Map<String, Region> countries = new HashMap<>(base.countries);
        countries.putAll(own.countries);
        Map<String, String> origins = new HashMap<>(base.origins);
        origins.putAll(own.origins);
        return new Desks(subRegions, countries, "desks.tsv + " + pack.file(), origins);
    }

    /** The bundled {@code desks.tsv}. */
    public static Desks bundled() {
        return parse("desks.tsv", Gazetteer.resource("desks.tsv"));
    }

    /** A desks table read from {@code file}, in the format of the bundled {@code desks.tsv}. */
    public static Desks load(Path file) {
        Objects.requireNonNull(file, "file");
        try {
            return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read desks file " + file, e);
        }
    }

    /** Parses a desks table; {@code source} names it in error messages. */
    static Desks parse(String source, String text) {
        Map<String, Region> subRegions = new HashMap<>();
        Map<String, Region> countries = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (Tables.Line line : Tables.lines(source, text)) {
            String[] f = line.fields(3);
            Region desk;
            try {
                desk = Region.ofSlug(f[2]);
            } catch (IllegalArgumentException e) {
                throw line.error(e.getMessage());
            }
            Map<String, Region> target = switch (f[0]) {
                case "subregion" -> subRegions;
                case "country" -> countries;
                default -> throw line.error("first column must be 'subregion' or 'country', was '" + f[0] + "'");
            };
            if (target.put(f[1], desk) != null) {
                throw line.error("duplicate key '" + f[1] + "'");
            }
            if (target == countries) {
                origins.put(f[1], line.file() + ":" + line.number());
            }
        }
        return new Desks(subRegions, countries, source, origins);
    }

    /**
     * The desk of a country with ISO code {@code code} in M49 sub-region {@code subRegion}.
     *
     * @throws IllegalArgumentException when neither the code nor the sub-region has a desk
     */
    public Region desk(String code, String subRegion) {
        Region r = countries.get(code);
        if (r == null) {
            r = subRegions.get(subRegion);
        }
        if (r == null) {
            throw new IllegalArgumentException(source + ": no desk for country " + code
                    + " or its sub-region '" + subRegion + "'");
        }
        return r;
    }

    /** The desk of {@code country}. */
    public Region desk(Country country) {
        return desk(country.code(), country.m49SubRegion());
    }

    /** The country codes with an override, for checking them against the gazetteer. */
    java.util.Set<String> overriddenCountries() {
        return countries.keySet();
    }

    String source() {
        return source;
    }

    /** Where the override of {@code code} was written, "file:line". */
    String origin(String code) {
        return origins.getOrDefault(code, source);
    }
}
