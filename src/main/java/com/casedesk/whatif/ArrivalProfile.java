package com.casedesk.whatif;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The shape of a generated stream of arrivals (default {@code whatif/arrivals.yaml}, whose comments explain every
 * number): per channel its share, its weekend and holiday weights and its hour profile; the day-of-week and month
 * weights and the post-holiday peak; the category, business-line, amount-band, flag and joint-complainant mix.
 * Maps keep a fixed order (enum order, or {@link AmountBands}' order) because the generator draws in that order.
 */
public record ArrivalProfile(Map<Channel, ChannelMix> channels, Map<String, List<Double>> hours, Days days,
                             Map<ComplaintCategory, Double> categories, Map<BusinessLine, Double> businessLines,
                             Map<String, Double> amountBands, Map<ComplaintFlag, Double> flags,
                             List<JointBand> jointComplainants) {

    /** The resource the default profile is read from. */
    public static final String DEFAULT_RESOURCE = "whatif/arrivals.yaml";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public ArrivalProfile {
        channels = enumMap(Channel.class, channels);
        hours = hours == null ? Map.of() : new TreeMap<>(hours);
        categories = enumMap(ComplaintCategory.class, categories);
        businessLines = enumMap(BusinessLine.class, businessLines);
        flags = enumMap(ComplaintFlag.class, flags);
        amountBands = inBandOrder(amountBands);
        jointComplainants = jointComplainants == null ? List.of() : List.copyOf(jointComplainants);
    }

    /**
     * @param share   the channel's share of all complaints
     * @param weekend arrivals on an ordinary Saturday or Sunday relative to a working day
     * @param holiday arrivals on a public holiday (and the weekend bridged with it) relative to a working day
     * @param hours   the name of the channel's hour profile in {@link ArrivalProfile#hours()}
     */
    public record ChannelMix(double share, double weekend, double holiday, String hours) {
    }

    /**
     * @param workingDayOfWeek seven weights, Monday first, for working days (Saturday/Sunday: make-up working days)
     * @param months           twelve weights, January first, per day
     */
    public record Days(List<Double> workingDayOfWeek, List<Double> months, PostHolidayPeak postHolidayPeak) {

        public Days {
            workingDayOfWeek = workingDayOfWeek == null ? List.of() : List.copyOf(workingDayOfWeek);
            months = months == null ? List.of() : List.copyOf(months);
        }
    }

    /**
     * @param minHolidayDays a run of at least this many non-working days in a row is a long holiday
     * @param factor         the multiple of the first working day after it
     * @param workingDays    the working days over which the multiple falls back linearly to 1
     */
    public record PostHolidayPeak(int minHolidayDays, double factor, int workingDays) {

        /** The multiple of the {@code i}-th (0-based) working day after a long holiday. */
        public double multiple(int i) {
            return i < 0 || i >= workingDays ? 1 : 1 + (factor - 1) * (workingDays - i) / workingDays;
        }
    }

    /** Complaints with {@code from} to {@code to} complainants (both included, uniform within) have share {@code p}. */
    public record JointBand(int from, int to, double p) {
    }

    public static ArrivalProfile read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the arrival profile " + file, e);
        }
    }

    public static ArrivalProfile defaults() {
        try (InputStream in = ArrivalProfile.class.getResourceAsStream("/" + DEFAULT_RESOURCE)) {
            return read(in, DEFAULT_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArrivalProfile read(InputStream in, String source) throws IOException {
        ArrivalProfile profile;
        try {
            profile = YAML.readValue(in, ArrivalProfile.class);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new IllegalArgumentException(source + ": " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"), e);
        }
        List<String> problems = profile.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
        }
        return profile;
    }

    /** The profile in a few lines, for the first screen of a report (its assumptions). */
    public List<String> assumptions() {
        List<String> lines = new ArrayList<>();
        lines.add("channels: " + join(channels, mix -> percent(mix.share()) + " (weekend ×" + mix.weekend() + ", holiday ×"
                + mix.holiday() + ", hours " + mix.hours() + ")"));
        lines.add("working days Monday to Sunday ×" + days.workingDayOfWeek() + "; months January to December ×" + days.months());
        PostHolidayPeak peak = days.postHolidayPeak();
        lines.add("post-holiday peak: the first working day after " + peak.minHolidayDays() + " or more days off ×"
                + peak.factor() + ", back to ×1 over " + peak.workingDays() + " working days");
        lines.add("categories: " + join(categories, ArrivalProfile::percent));
        lines.add("business lines: " + join(businessLines, ArrivalProfile::percent));
        lines.add("amount bands: " + join(amountBands, ArrivalProfile::percent) + " (log-uniform within a band)");
        lines.add("flags: " + join(flags, ArrivalProfile::percent));
        lines.add("joint complainants: " + String.join(", ", jointComplainants.stream().map(b ->
                (b.from() == b.to() ? String.valueOf(b.from()) : b.from() + "–" + b.to()) + " " + percent(b.p())).toList()));
        return lines;
    }

    private static <K, V> String join(Map<K, V> map, java.util.function.Function<V, String> text) {
        List<String> parts = new ArrayList<>();
        map.forEach((key, value) -> parts.add(key + " " + text.apply(value)));
        return String.join(", ", parts);
    }

    private static String percent(Double share) {
        return share == null ? "—" : java.math.BigDecimal.valueOf(share * 100).round(new java.math.MathContext(3))
                .stripTrailingZeros().toPlainString() + " %";
    }

    /** What makes the profile unusable, each naming its place. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        shares("channels", channels.values().stream().map(ChannelMix::share).toList(), problems);
        channels.forEach((channel, mix) -> {
            if (mix.share() < 0 || mix.weekend() < 0 || mix.holiday() < 0) {
                problems.add("channels." + channel + ": share, weekend and holiday of 0 or more");
            }
            if (!hours.containsKey(mix.hours())) {
                problems.add("channels." + channel + ".hours: one of " + hours.keySet());
            }
        });
        hours.forEach((name, weights) -> {
            if (weights == null || weights.size() != 24 || weights.stream().anyMatch(w -> w == null || w < 0)
                    || weights.stream().mapToDouble(Double::doubleValue).sum() <= 0) {
                problems.add("hours." + name + ": 24 weights of 0 or more, not all 0");
            }
        });
        if (days == null) {
            problems.add("days: workingDayOfWeek, months and postHolidayPeak");
        } else {
            weights("days.workingDayOfWeek", days.workingDayOfWeek(), 7, problems);
            weights("days.months", days.months(), 12, problems);
            PostHolidayPeak peak = days.postHolidayPeak();
            if (peak == null || peak.minHolidayDays() < 3 || peak.factor() < 1 || peak.workingDays() < 0) {
                problems.add("days.postHolidayPeak: minHolidayDays of 3 or more, factor of 1 or more, workingDays of 0 or more");
            }
        }
        shares("categories", categories.values(), problems);
        shares("businessLines", businessLines.values(), problems);
        shares("amountBands", amountBands.values(), problems);
        amountBands.keySet().stream().filter(b -> !AmountDraw.BANDS.contains(b))
                .forEach(b -> problems.add("amountBands." + b + ": one of " + String.join(", ", AmountDraw.BANDS)));
        flags.forEach((flag, p) -> {
            if (p == null || p < 0 || p > 1) {
                problems.add("flags." + flag + ": a probability from 0 to 1");
            }
        });
        shares("jointComplainants", jointComplainants.stream().map(JointBand::p).toList(), problems);
        for (int i = 0; i < jointComplainants.size(); i++) {
            JointBand band = jointComplainants.get(i);
            if (band.from() < 1 || band.to() < band.from()) {
                problems.add("jointComplainants[" + i + "]: from of 1 or more, to of from or more");
            }
        }
        return problems;
    }

    private static void shares(String place, Collection<Double> shares, List<String> problems) {
        if (shares.isEmpty()) {
            problems.add(place + ": at least one share");
            return;
        }
        if (shares.stream().anyMatch(p -> p == null || p < 0)) {
            problems.add(place + ": shares of 0 or more");
            return;
        }
        double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
        if (Math.abs(sum - 1) > 1e-6) {
            problems.add(place + ": shares sum to " + sum + ", not 1");
        }
    }

    private static void weights(String place, List<Double> weights, int size, List<String> problems) {
        if (weights.size() != size || weights.stream().anyMatch(w -> w == null || w < 0)) {
            problems.add(place + ": " + size + " weights of 0 or more");
        }
    }

    /** {@link AmountDraw#BANDS}' order first, unknown names after (refused by {@link #problems()}). */
    private static Map<String, Double> inBandOrder(Map<String, Double> given) {
        Map<String, Double> bands = new LinkedHashMap<>();
        if (given != null) {
            AmountDraw.BANDS.stream().filter(given::containsKey).forEach(b -> bands.put(b, given.get(b)));
            given.keySet().stream().filter(b -> !bands.containsKey(b)).sorted().forEach(b -> bands.put(b, given.get(b)));
        }
        return bands;
    }

    private static <E extends Enum<E>, V> Map<E, V> enumMap(Class<E> type, Map<E, V> map) {
        Map<E, V> copy = new EnumMap<>(type);
        if (map != null) {
            copy.putAll(map);
        }
        return copy;
    }
}
