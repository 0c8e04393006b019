package com.casedesk.whatif;

import com.casedesk.complaint.Channel;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Predicate;

/**
 * The days of one year as arrivals see them: each day's type (working day, ordinary weekend, holiday) from the
 * working-day calendar, its weight per channel, and a draw of a day for a channel by those weights.
 */
final class ArrivalDays {

    enum DayType { WORKING, WEEKEND, HOLIDAY }

    /** A weekend longer than this is a holiday bridged with a weekend (e.g. Qingming Saturday to Monday). */
    private static final int ORDINARY_WEEKEND_DAYS = 2;

    private final LocalDate first;
    private final DayType[] types;
    private final double[] peaks;
    private final Map<Channel, double[]> cumulative = new EnumMap<>(Channel.class);

    ArrivalDays(int year, ArrivalProfile profile, Predicate<LocalDate> workingDay) {
        first = LocalDate.of(year, 1, 1);
        int n = first.lengthOfYear();
        boolean[] working = new boolean[n];
        for (int i = 0; i < n; i++) {
            working[i] = workingDay.test(first.plusDays(i));
        }
        types = new DayType[n];
        peaks = new double[n];
        classify(working, profile.days().postHolidayPeak());
        double[] base = new double[n];
        for (int i = 0; i < n; i++) {
            LocalDate day = first.plusDays(i);
            double weekday = types[i] == DayType.WORKING
                    ? profile.days().workingDayOfWeek().get(day.getDayOfWeek().getValue() - 1) : 1;
            base[i] = weekday * profile.days().months().get(day.getMonthValue() - 1) * peaks[i];
        }
        profile.channels().forEach((channel, mix) -> {
            double[] sums = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double type = switch (types[i]) {
                    case WORKING -> 1;
                    case WEEKEND -> mix.weekend();
                    case HOLIDAY -> mix.holiday();
                };
                sum += type * base[i];
                sums[i] = sum;
            }
            cumulative.put(channel, sums);
        });
    }

    /** Day types, and the post-holiday multiple of the first working days after each long run of days off. */
    private void classify(boolean[] working, ArrivalProfile.PostHolidayPeak peak) {
        int n = working.length;
        java.util.Arrays.fill(peaks, 1);
        int i = 0;
        while (i < n) {
            if (working[i]) {
                types[i] = DayType.WORKING;
                i++;
                continue;
            }
            int start = i;
            while (i < n && !working[i]) {
                i++;
            }
            int length = i - start;
            for (int d = start; d < i; d++) {
                DayOfWeek dow = first.plusDays(d).getDayOfWeek();
                boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
                types[d] = weekend && length <= ORDINARY_WEEKEND_DAYS ? DayType.WEEKEND : DayType.HOLIDAY;
            }
            if (length >= peak.minHolidayDays()) {
                int counted = 0;
                for (int d = i; d < n && counted < peak.workingDays(); d++) {
                    if (working[d]) {
                        peaks[d] = peak.multiple(counted++);
                    }
                }
            }
        }
    }

    DayType type(LocalDate day) {
        return types[index(day)];
    }

    /** The post-holiday multiple of the day (1 on all but the first working days after a long holiday). */
    double peak(LocalDate day) {
        return peaks[index(day)];
    }

    /** Whether the channel can arrive on any day at all (its weights are not all 0). */
    boolean open(Channel channel) {
        double[] sums = cumulative.get(channel);
        return sums != null && sums[sums.length - 1] > 0;
    }

    LocalDate draw(Channel channel, SplittableRandom random) {
        double[] sums = cumulative.get(channel);
        double target = random.nextDouble() * sums[sums.length - 1];
        int low = 0;
        int high = sums.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sums[mid] > target) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return first.plusDays(low);
    }

    private int index(LocalDate day) {
        return (int) (day.toEpochDay() - first.toEpochDay());
    }
}
