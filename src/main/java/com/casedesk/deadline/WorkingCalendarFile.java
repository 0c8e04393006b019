package com.casedesk.deadline;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The working-day calendar file (format: the comments of calendar/cn-working-calendar.yaml).
 *
 * <p>The file is read as SnakeYAML's node tree rather than into maps for two reasons: every error
 * can name the line an administrator has to fix, and dates stay text, because SnakeYAML's own
 * timestamp parsing is lenient and would read a mistyped 2026-02-30 as 2 March.
 */
final class WorkingCalendarFile {

    /** A year counts as loaded, so it has to hold the whole notice: every holiday of 《全国年节及纪念日放假办法》. */
    private static final List<String> STATUTORY_HOLIDAYS = List.of("元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节");
    private static final Pattern RANGE = Pattern.compile("(\\S+)\\s*\\.\\.\\s*(\\S+)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    /** The longest holiday is 9 days; a longer range is a mistyped month or year. */
    private static final int LONGEST_HOLIDAY_DAYS = 14;

    private final SortedSet<Integer> years;
    private final Set<LocalDate> offDays;
    private final Set<LocalDate> makeUpDays;

    private WorkingCalendarFile(SortedSet<Integer> years, Set<LocalDate> offDays, Set<LocalDate> makeUpDays) {
        this.years = Collections.unmodifiableSortedSet(years);
        this.offDays = Set.copyOf(offDays);
        this.makeUpDays = Set.copyOf(makeUpDays);
    }

    static WorkingCalendarFile read(Resource resource, String location) {
        if (!resource.exists()) {
            throw new IllegalStateException("working-day calendar " + location
                    + " not found; check casedesk.calendar.location");
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), UTF_8)) {
            return parse(reader, location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read working-day calendar " + location, e);
        }
    }

    static WorkingCalendarFile parse(Reader reader, String source) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (YAMLException e) {
            throw new IllegalStateException("working-day calendar " + source + " is not valid YAML: " + e.getMessage(), e);
        }
        return new Parser(source).file(root);
    }

    SortedSet<Integer> years() {
        return years;
    }

    boolean isOffDay(LocalDate day) {
        return offDays.contains(day);
    }

    boolean isMakeUpDay(LocalDate day) {
        return makeUpDays.contains(day);
    }

    private enum Kind {
        OFF("an off day"), WORK("a make-up working day");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private record Listing(Kind kind, String entry, int line) {
    }

    private static final class Parser {

        private final String source;
        private final SortedSet<Integer> years = new TreeSet<>();
        private final Map<LocalDate, Listing> listed = new HashMap<>();

        Parser(String source) {
            this.source = source;
        }

        WorkingCalendarFile file(Node root) {
            if (root == null) {
                throw new IllegalStateException("working-day calendar " + source + " is empty");
            }
            Node yearsNode = required(fields(root, "the file", "years"), "years", root, "the file");
            if (!(yearsNode instanceof MappingNode yearMap) || yearMap.getValue().isEmpty()) {
                throw fail(yearsNode, "years", "list at least one year, e.g. '2026:'");
            }
            for (NodeTuple tuple : yearMap.getValue()) {
                String key = text(tuple.getKeyNode(), "years");
                if (!YEAR.matcher(key).matches()) {
                    throw fail(tuple.getKeyNode(), "years", "'" + key + "' is not a year");
                }
                int year = Integer.parseInt(key);
                if (!years.add(year)) {
                    throw fail(tuple.getKeyNode(), key, "the year " + year + " is listed twice");
                }
                year(year, tuple);
            }
            Set<LocalDate> off = new TreeSet<>();
            Set<LocalDate> work = new TreeSet<>();
            listed.forEach((day, listing) -> (listing.kind() == Kind.OFF ? off : work).add(day));
            return new WorkingCalendarFile(years, off, work);
        }

        private void year(int year, NodeTuple yearEntry) {
            String entry = String.valueOf(year);
            Node node = yearEntry.getValueNode();
            Node holidays = required(fields(node, entry, "notice", "holidays"), "holidays", node, entry);
            if (!(holidays instanceof SequenceNode list) || list.getValue().isEmpty()) {
                throw fail(holidays, entry, "holidays must be a list with one entry per holiday of the notice");
            }
            List<String> names = new ArrayList<>();
            for (Node holiday : list.getValue()) {
                names.add(holiday(year, holiday));
            }
            for (String required : STATUTORY_HOLIDAYS) {
                if (names.stream().noneMatch(name -> name.contains(required))) {
                    throw fail(yearEntry.getKeyNode(), entry, "no " + required + " entry: a year in the file counts as loaded, "
                            + "so it must hold every holiday of the year's notice (" + String.join(", ", STATUTORY_HOLIDAYS) + ")");
                }
            }
        }

        private String holiday(int year, Node node) {
            String entry = year + " " + nameOf(node);
            Map<String, Node> fields = fields(node, entry, "zh", "en", "off", "work");
            String zh = text(required(fields, "zh", node, entry), entry);
            text(required(fields, "en", node, entry), entry);
            days(required(fields, "off", node, entry), year, entry, Kind.OFF);
            if (fields.containsKey("work")) {
                days(fields.get("work"), year, entry, Kind.WORK);
            }
            return zh;
        }

        /** The entry's names as far as they are written, so that even a mistyped key says which holiday. */
        private static String nameOf(Node node) {
            if (!(node instanceof MappingNode mapping)) {
                return "holiday";
            }
            String names = mapping.getValue().stream()
                    .filter(tuple -> tuple.getKeyNode() instanceof ScalarNode key && List.of("zh", "en").contains(key.getValue()))
                    .map(tuple -> tuple.getValueNode() instanceof ScalarNode value ? value.getValue().strip() : "")
                    .collect(Collectors.joining(" ")).strip();
            return names.isEmpty() ? "holiday" : names;
        }

        private void days(Node node, int year, String entry, Kind kind) {
            List<Node> items = node instanceof SequenceNode list ? list.getValue() : List.of(node);
            if (kind == Kind.OFF && items.isEmpty()) {
                throw fail(node, entry, "'off' lists no day; every holiday has at least one");
            }
            for (Node item : items) {
                String text = text(item, entry);
                Matcher range = RANGE.matcher(text);
                boolean isRange = range.matches();
                LocalDate first = date(isRange ? range.group(1) : text, item, entry);
                LocalDate last = isRange ? date(range.group(2), item, entry) : first;
                long length = ChronoUnit.DAYS.between(first, last) + 1;
                if (length < 1 || length > LONGEST_HOLIDAY_DAYS) {
                    throw fail(item, entry, "'" + text + "' is not a range of 1 to " + LONGEST_HOLIDAY_DAYS + " days");
                }
                for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
                    // New Year's Day can borrow the last days of December, so the neighbouring year is allowed
                    if (Math.abs(day.getYear() - year) > 1) {
                        throw fail(item, entry, day + " is not in or next to " + year);
                    }
                    if (kind == Kind.WORK && !isWeekend(day)) {
                        throw fail(item, entry, day + " is a " + day.getDayOfWeek()
                                + ": a make-up working day (调休上班) is always a Saturday or Sunday");
                    }
                    list(day, new Listing(kind, entry, line(item)));
                }
            }
        }

        private void list(LocalDate day, Listing listing) {
            Listing earlier = listed.putIfAbsent(day, listing);
            if (earlier == null) {
                return;
            }
            String problem = earlier.kind() == listing.kind()
                    ? day + " is listed twice as " + listing.kind().label
                    : day + " is both " + earlier.kind().label + " and " + listing.kind().label;
            throw new IllegalStateException(prefix(listing.line(), listing.entry()) + problem
                    + " (also at line " + earlier.line() + ", " + earlier.entry() + ")");
        }

        private LocalDate date(String text, Node node, String entry) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw fail(node, entry, "'" + text + "' is not a date (yyyy-MM-dd) or a range (yyyy-MM-dd .. yyyy-MM-dd)");
            }
        }

        private Map<String, Node> fields(Node node, String entry, String... allowed) {
            if (!(node instanceof MappingNode mapping)) {
                throw fail(node, entry, "expected the keys " + String.join(", ", allowed));
            }
            Map<String, Node> fields = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                String key = text(tuple.getKeyNode(), entry);
                if (!List.of(allowed).contains(key)) {
                    throw fail(tuple.getKeyNode(), entry, "unknown key '" + key + "' (expected " + String.join(", ", allowed) + ")");
                }
                if (fields.put(key, tuple.getValueNode()) != null) {
                    throw fail(tuple.getKeyNode(), entry, "'" + key + "' is given twice");
                }
            }
            return fields;
        }

        private Node required(Map<String, Node> fields, String key, Node parent, String entry) {
            Node node = fields.get(key);
            if (node == null) {
                throw fail(parent, entry, "'" + key + "' is missing");
            }
            return node;
        }

        private String text(Node node, String entry) {
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                throw fail(node, entry, "expected a value here");
            }
            return scalar.getValue().strip();
        }

        private IllegalStateException fail(Node node, String entry, String problem) {
            return new IllegalStateException(prefix(line(node), entry) + problem);
        }

        private String prefix(int line, String entry) {
            return "working-day calendar " + source + ", line " + line + " (" + entry + "): ";
        }

        private static int line(Node node) {
            return node.getStartMark().getLine() + 1;
        }

    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
