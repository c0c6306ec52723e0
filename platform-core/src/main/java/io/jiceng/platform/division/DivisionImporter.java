package io.jiceng.platform.division;

import io.jiceng.platform.division.internal.DivisionMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the national division codes from the CSV files of the {@code china-division} data set
 * (provinces.csv, cities.csv, areas.csv, streets.csv, villages.csv[.gz]; first two columns code and name).
 * Codes already present are left as they are, so an import can be repeated or extended.
 */
@Component
public class DivisionImporter {

    /** The data set's files: a header line, then code, name and further columns; quoted fields as RFC 4180 has them. */
    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    static final List<String> FILES = List.of("provinces", "cities", "areas", "streets", "villages");
    private static final Set<String> PLACEHOLDER_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final int CHUNK = 500;

    private final DivisionMapper mapper;
    private final DivisionService divisions;
    private final ResourceLoader resources;

    public DivisionImporter(DivisionMapper mapper, DivisionService divisions, ResourceLoader resources) {
        this.mapper = mapper;
        this.divisions = divisions;
        this.resources = resources;
    }

    /** @param location a folder such as {@code classpath:demo/divisions/} or {@code file:/data/china-division/} */
    @Transactional
    public int importFrom(String location) {
        return importFrom(location, "");
    }

    /**
     * Imports the divisions whose codes start with {@code codePrefix} (for example {@code 35} for Fujian), with
     * their ancestors; returns how many were added.
     */
    @Transactional
    public int importFrom(String location, String codePrefix) {
        String folder = location.endsWith("/") ? location : location + "/";
        Map<String, String> fullNames = new HashMap<>();
        int added = 0;
        for (String file : FILES) {
            Resource resource = open(folder + file + ".csv");
            if (resource == null) {
                continue;
            }
            added += importFile(resource, fullNames, codePrefix);
        }
        divisions.forgetCached();
        return added;
    }

    /** Adds grids (village code + 3 digits) under a village. */
    @Transactional
    public void addGrid(String code, String name) {
        DivisionLevel.GRID.ancestorCodeOf(code);
        String villageCode = DivisionLevel.VILLAGE.ancestorCodeOf(code);
        Division village = divisions.get(villageCode);
        if (mapper.findExistingCodes(List.of(code)).isEmpty()) {
            mapper.insertAll(List.of(new Division(code, name, village.fullName() + name, villageCode, DivisionLevel.GRID)));
        }
    }

    private Resource open(String path) {
        Resource plain = resources.getResource(path);
        if (plain.exists()) {
            return plain;
        }
        Resource gzipped = resources.getResource(path + ".gz");
        return gzipped.exists() ? gzipped : null;
    }

    private int importFile(Resource resource, Map<String, String> fullNames, String codePrefix) {
        int added = 0;
        List<Division> chunk = new ArrayList<>(CHUNK);
        try (CSVParser records = CSV.parse(reader(resource))) {
            for (CSVRecord record : records) {
                if (record.size() < 2) {
                    continue;
                }
                String code = record.get(0).trim();
                if (!code.startsWith(codePrefix) && !codePrefix.startsWith(code)) {
                    continue;
                }
                chunk.add(toDivision(code, record.get(1).trim(), fullNames));
                if (chunk.size() == CHUNK) {
                    added += insertNew(chunk);
                    chunk.clear();
                }
            }
            added += insertNew(chunk);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
        }
        return added;
    }

    private Division toDivision(String code, String name, Map<String, String> fullNames) {
        DivisionLevel level = DivisionLevel.ofCode(code);
        DivisionLevel parentLevel = level.parent();
        String parentCode = parentLevel == null ? null : parentLevel.ancestorCodeOf(code);
        String parentFullName = parentCode == null ? "" : fullNames.computeIfAbsent(parentCode, divisions::fullName);
        if (parentFullName.equals(parentCode)) {
            parentFullName = "";
        }
        String fullName = PLACEHOLDER_NAMES.contains(name) ? parentFullName : parentFullName + name;
        if (level.number() <= DivisionLevel.TOWNSHIP.number()) {
            fullNames.put(code, fullName);
        }
        return new Division(code, name, fullName.isEmpty() ? name : fullName, parentCode, level);
    }

    private int insertNew(List<Division> chunk) {
        if (chunk.isEmpty()) {
            return 0;
        }
        Set<String> existing = new HashSet<>(mapper.findExistingCodes(chunk.stream().map(Division::code).toList()));
        List<Division> fresh = chunk.stream().filter(d -> !existing.contains(d.code())).toList();
        if (!fresh.isEmpty()) {
            mapper.insertAll(fresh);
        }
        return fresh.size();
    }

    private static BufferedReader reader(Resource resource) throws IOException {
        InputStream in = resource.getInputStream();
        String name = resource.getFilename();
        if (name != null && name.endsWith(".gz")) {
            in = new GZIPInputStream(in);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
