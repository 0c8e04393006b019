package com.casedesk.whatif;

import com.casedesk.complaint.BusinessLine;
import com.casedesk.complaint.Channel;
import com.casedesk.complaint.ComplaintCategory;
import com.casedesk.complaint.ComplaintFlag;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The stream of complaints a what-if replay feeds to baseline and candidate alike: generated from a seed and an
 * {@link ArrivalProfile}, or read from a CSV of historical routing facts ({@link #fromCsv}). Either way the list is
 * in time order with {@code seq} 0..n-1 in that order, and the same inputs give the same list: every draw comes
 * from one {@link SplittableRandom} in a fixed order (enum order for every mix), never from hash order or ids.
 */
public final class Arrivals {

    private Arrivals() {
    }

    /**
     * Exactly {@code cases} arrivals received in {@code year} (service zone). For each complaint, in this order: its
     * channel by share, its day by the channel's day weights (see {@link ArrivalDays}), its hour by the channel's hour
     * profile and its second within the hour uniformly, then category, business line, amount band and an amount
     * within it ({@link AmountDraw}), each flag, and the number of joint complainants.
     *
     * @throws IllegalArgumentException the calendar lacks {@code year} or {@code year + 1}, or no channel with a
     *                                  share can arrive on any day
     */
    public static List<Arrival> generate(int year, int cases, long seed, ArrivalProfile profile, ArrivalCalendar calendar) {
        calendar.requireLoaded(year);
        if (cases < 0) {
            throw new IllegalArgumentException("cases: 0 or more, not " + cases);
        }
        ArrivalDays days = new ArrivalDays(year, profile, calendar.workingDay());
        profile.channels().forEach((channel, mix) -> {
            if (mix.share() > 0 && !days.open(channel)) {
                throw new IllegalArgumentException("channels." + channel + ": a share of " + mix.share()
                        + " but no day it can arrive on in " + year);
            }
        });
        Map<String, double[]> hours = new java.util.TreeMap<>();
        profile.hours().forEach((name, weights) -> hours.put(name, cumulative(weights)));
        Picker<Channel> channels = new Picker<>(profile.channels().keySet(),
                profile.channels().values().stream().map(ArrivalProfile.ChannelMix::share).toList());
        Picker<ComplaintCategory> categories = Picker.of(profile.categories());
        Picker<BusinessLine> lines = Picker.of(profile.businessLines());
        Picker<String> bands = Picker.of(profile.amountBands());
        Picker<ArrivalProfile.JointBand> joints = new Picker<>(profile.jointComplainants(),
                profile.jointComplainants().stream().map(ArrivalProfile.JointBand::p).toList());
        SplittableRandom random = new SplittableRandom(seed);
        List<Drawn> drawn = new ArrayList<>(cases);
        for (int i = 0; i < cases; i++) {
            Channel channel = channels.pick(random);
            LocalDate day = days.draw(channel, random);
            int hour = index(hours.get(profile.channels().get(channel).hours()), random);
            int second = random.nextInt(3600);
            Instant at = ZonedDateTime.of(day.atStartOfDay().plusHours(hour).plusSeconds(second), calendar.zone())
                    .toInstant();
            ComplaintCategory category = categories.pick(random);
            BusinessLine line = lines.pick(random);
            String band = bands.pick(random);
            BigDecimal amount = AmountDraw.within(band, random);
            Set<ComplaintFlag> flags = EnumSet.noneOf(ComplaintFlag.class);
            profile.flags().forEach((flag, p) -> {
                if (random.nextDouble() < p) {
                    flags.add(flag);
                }
            });
            ArrivalProfile.JointBand joint = joints.pick(random);
            int complainants = joint.from() + random.nextInt(joint.to() - joint.from() + 1);
            drawn.add(new Drawn(i, at, channel, category, line, amount, flags, complainants));
        }
        drawn.sort(Comparator.comparing(Drawn::at).thenComparingInt(Drawn::order));
        List<Arrival> arrivals = new ArrayList<>(cases);
        for (Drawn d : drawn) {
            arrivals.add(new Arrival(arrivals.size(), d.at(), d.channel(), d.category(), d.line(), d.amount(), d.flags(),
                    d.complainants()));
        }
        return List.copyOf(arrivals);
    }

    /**
     * The arrivals of a CSV of historical routing facts or of the service's ledger CSV (told apart by the header;
     * docs/whatif.md describes both), received in {@code year}; amounts given as bands are drawn within the band
     * from {@code seed}.
     *
     * @throws IllegalArgumentException the calendar lacks {@code year} or {@code year + 1}; the header is neither
     *                                  format's; or rows are bad (each named by line and column, at most 20 listed)
     */
    public static List<Arrival> fromCsv(Path csv, int year, long seed, ArrivalCalendar calendar) {
        calendar.requireLoaded(year);
        return new ArrivalCsv(csv, year, calendar.zone(), new SplittableRandom(seed)).read();
    }

    /** The same list numbered in time order (ties by the order given), for a list read or built elsewhere. */
    static List<Arrival> numbered(List<Arrival> unordered) {
        List<Arrival> sorted = new ArrayList<>(unordered);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> sorted.get(i).receivedAt()).thenComparing(i -> i));
        List<Arrival> arrivals = new ArrayList<>(sorted.size());
        for (int i : order) {
            Arrival a = sorted.get(i);
            arrivals.add(new Arrival(arrivals.size(), a.receivedAt(), a.channel(), a.category(), a.businessLine(),
                    a.claimedAmount(), a.flags(), a.jointComplainants()));
        }
        return List.copyOf(arrivals);
    }

    private record Drawn(int order, Instant at, Channel channel, ComplaintCategory category, BusinessLine line,
                         BigDecimal amount, Set<ComplaintFlag> flags, int complainants) {
    }

    /** Draws a key by its share; keys and shares in the same fixed order, keys with no share never drawn. */
    private static final class Picker<K> {

        private final List<K> keys;
        private final double[] sums;

        Picker(java.util.Collection<K> keys, List<Double> shares) {
            this.keys = List.copyOf(keys);
            this.sums = cumulative(shares);
        }

        static <K> Picker<K> of(Map<K, Double> shares) {
            return new Picker<>(shares.keySet(), List.copyOf(shares.values()));
        }

        K pick(SplittableRandom random) {
            return keys.get(index(sums, random));
        }
    }

    private static double[] cumulative(List<Double> weights) {
        double[] sums = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < sums.length; i++) {
            sum += weights.get(i);
            sums[i] = sum;
        }
        return sums;
    }

    private static int index(double[] sums, SplittableRandom random) {
        double target = random.nextDouble() * sums[sums.length - 1];
        for (int i = 0; i < sums.length; i++) {
            if (sums[i] > target) {
                return i;
            }
        }
        return sums.length - 1;
    }
}
