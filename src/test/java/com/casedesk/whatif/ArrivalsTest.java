package com.casedesk.whatif;

import static com.casedesk.whatif.ArrivalFixtures.SHANGHAI;
import static com.casedesk.whatif.ArrivalFixtures.YEAR_2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import com.casedesk.complaint.Channel;
import com.casedesk.support.UnitTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated stream on the shipped 2026 calendar and the default profile. */
@UnitTest
class ArrivalsTest {

    private static final ArrivalProfile PROFILE = ArrivalProfile.defaults();
    private static final int N = 10_000;
    private static List<Arrival> year;
    private static ArrivalDays days;

    @BeforeAll
    static void generate() {
        year = Arrivals.generate(2026, N, 7, PROFILE, YEAR_2026);
        days = new ArrivalDays(2026, PROFILE, YEAR_2026.workingDay());
    }

    @Test
    void theSameSeedGivesTheSameStreamAndAnotherSeedAnother() {
        List<Arrival> again = Arrivals.generate(2026, N, 7, PROFILE, YEAR_2026);
        List<Arrival> other = Arrivals.generate(2026, N, 8, PROFILE, YEAR_2026);

        assertThat(again).isEqualTo(year);
        assertThat(other).isNotEqualTo(year);
        assertThat(other.stream().map(Arrival::receivedAt).toList())
                .isNotEqualTo(year.stream().map(Arrival::receivedAt).toList());
    }

    @Test
    void exactlyTheCasesAskedForInTimeOrderNumberedFromZeroWithinTheYearToTheSecond() {
        Instant start = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, SHANGHAI).toInstant();
        Instant end = ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, SHANGHAI).toInstant();

        assertThat(year).hasSize(N);
        for (int i = 0; i < N; i++) {
            Arrival a = year.get(i);
            assertThat(a.seq()).isEqualTo(i);
            assertThat(i == 0 || !a.receivedAt().isBefore(year.get(i - 1).receivedAt())).as("in time order at %d", i).isTrue();
            assertThat(!a.receivedAt().isBefore(start) && a.receivedAt().isBefore(end)).as("in 2026: %s", a).isTrue();
            assertThat(a.receivedAt().getNano()).isZero();
        }
        assertThat(Arrivals.generate(2026, 1, 3, PROFILE, YEAR_2026)).hasSize(1);
        assertThat(Arrivals.generate(2026, 0, 3, PROFILE, YEAR_2026)).isEmpty();
    }

    @Test
    void channelsCategoriesAndFlagsFollowTheProfile() {
        Map<Channel, Long> channels = year.stream().collect(Collectors.groupingBy(Arrival::channel, () -> new EnumMap<>(Channel.class),
                Collectors.counting()));
        PROFILE.channels().forEach((channel, mix) ->
                assertThat(channels.getOrDefault(channel, 0L) / (double) N).as(channel.name()).isCloseTo(mix.share(), within(0.015)));
        assertThat(year.stream().filter(a -> a.category().name().equals("CLAIM_DISPUTE")).count() / (double) N)
                .isCloseTo(0.40, within(0.015));
        assertThat(year.stream().filter(a -> a.category().name().equals("DEBT_COLLECTION")).count()).isZero();
        assertThat(year.stream().filter(a -> a.flags().contains(com.casedesk.complaint.ComplaintFlag.AGITATED)).count() / (double) N)
                .isCloseTo(0.04, within(0.006));
        assertThat(year.stream().filter(a -> a.jointComplainants() >= 20).count()).isBetween(5L, 45L);
    }

    @Test
    void anAmountIsDrawnWithinItsBandInWholeYuan() {
        Map<String, Long> bands = year.stream().collect(Collectors.groupingBy(Arrival::amountBand, TreeMap::new, Collectors.counting()));
        PROFILE.amountBands().forEach((band, share) ->
                assertThat(bands.getOrDefault(band, 0L) / (double) N).as(band).isCloseTo(share, within(0.012)));
        assertThat(year).filteredOn(a -> a.claimedAmount() != null).allSatisfy(a -> {
            assertThat(a.claimedAmount().stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
            assertThat(a.claimedAmount()).isBetween(BigDecimal.valueOf(AmountDraw.FLOOR), BigDecimal.valueOf(AmountDraw.CEILING - 1));
        });
        // log-uniform: within 50k-500k, half the amounts lie below the geometric middle (about 158,000)
        long below = year.stream().filter(a -> "50k-500k".equals(a.amountBand()))
                .filter(a -> a.claimedAmount().compareTo(new BigDecimal("158114")) < 0).count();
        long all = year.stream().filter(a -> "50k-500k".equals(a.amountBand())).count();
        assertThat(below / (double) all).isCloseTo(0.5, within(0.08));
    }

    @Test
    void workingDaysCarryMostArrivalsWeekendsFewerAndHolidaysFewerStill() {
        // flat months and weekdays, no peak: what is left is the channels' weekend and holiday weights
        ArrivalProfile.Days flatDays = new ArrivalProfile.Days(List.of(1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0),
                java.util.Collections.nCopies(12, 1.0), new ArrivalProfile.PostHolidayPeak(7, 1, 0));
        ArrivalProfile flat = new ArrivalProfile(PROFILE.channels(), PROFILE.hours(), flatDays, PROFILE.categories(),
                PROFILE.businessLines(), PROFILE.amountBands(), PROFILE.flags(), PROFILE.jointComplainants());
        List<Arrival> arrivals = Arrivals.generate(2026, 30_000, 11, flat, YEAR_2026);
        double working = perDay(arrivals, ArrivalDays.DayType.WORKING);
        double weekend = perDay(arrivals, ArrivalDays.DayType.WEEKEND);
        double holiday = perDay(arrivals, ArrivalDays.DayType.HOLIDAY);

        // by hand from arrivals.yaml: channel c's arrivals spread over its day weight W(c) = working days
        // + weekend days × weekend(c) + holidays × holiday(c); a day of type t gets share(c) × t(c) / W(c) of them
        long w = count(ArrivalDays.DayType.WORKING);
        long we = count(ArrivalDays.DayType.WEEKEND);
        long h = count(ArrivalDays.DayType.HOLIDAY);
        double perWorking = 0;
        double perWeekend = 0;
        double perHoliday = 0;
        for (ArrivalProfile.ChannelMix mix : PROFILE.channels().values()) {
            double weight = w + we * mix.weekend() + h * mix.holiday();
            perWorking += mix.share() / weight;
            perWeekend += mix.share() * mix.weekend() / weight;
            perHoliday += mix.share() * mix.holiday() / weight;
        }
        assertThat(weekend / working).isCloseTo(perWeekend / perWorking, withinPercentage(5));
        assertThat(holiday / working).isCloseTo(perHoliday / perWorking, withinPercentage(8));
        assertThat(perHoliday / perWorking).isLessThan(perWeekend / perWorking).isLessThan(0.6);
    }

    private static double perDay(List<Arrival> arrivals, ArrivalDays.DayType type) {
        return arrivals.stream().filter(a -> days.type(day(a)) == type).count() / (double) count(type);
    }

    private static long count(ArrivalDays.DayType type) {
        return LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1)).filter(d -> days.type(d) == type).count();
    }

    @Test
    void selfServiceChannelsKeepArrivingOnHolidaysTheHotlineAndBranchesMuchLess() {
        List<Arrival> onHolidays = year.stream().filter(a -> days.type(day(a)) == ArrivalDays.DayType.HOLIDAY).toList();
        double selfService = share(onHolidays, Channel.ONLINE) + share(onHolidays, Channel.APP);

        assertThat(selfService).isGreaterThan(2 * (share(year, Channel.ONLINE) + share(year, Channel.APP)) * 0.9);
        assertThat(share(onHolidays, Channel.HOTLINE)).isLessThan(share(year, Channel.HOTLINE) / 2);
        assertThat(share(onHolidays, Channel.BRANCH)).isLessThan(share(year, Channel.BRANCH) / 3);
        assertThat(onHolidays).noneMatch(a -> a.channel() == Channel.LETTER || a.channel() == Channel.REGULATOR_TRANSFER);
    }

    @Test
    void theFirstWorkingDaysAfterSpringFestivalAndNationalDayPeak() {
        assertThat(days.peak(LocalDate.of(2026, 2, 24))).isEqualTo(2.0);
        assertThat(days.peak(LocalDate.of(2026, 2, 25))).isCloseTo(5 / 3.0, within(1e-9));
        assertThat(days.peak(LocalDate.of(2026, 2, 26))).isCloseTo(4 / 3.0, within(1e-9));
        assertThat(days.peak(LocalDate.of(2026, 2, 27))).isEqualTo(1.0);
        assertThat(days.peak(LocalDate.of(2026, 10, 8))).isEqualTo(2.0);
        // Labour Day's five days are no long holiday (minHolidayDays 7)
        assertThat(days.peak(LocalDate.of(2026, 5, 6))).isEqualTo(1.0);

        double average = 0;
        double afterSpringFestival = 0;
        for (long seed = 7; seed <= 9; seed++) {
            List<Arrival> arrivals = seed == 7 ? year : Arrivals.generate(2026, N, seed, PROFILE, YEAR_2026);
            average += arrivals.stream().filter(a -> days.type(day(a)) == ArrivalDays.DayType.WORKING).count()
                    / (double) workingDays();
            afterSpringFestival += arrivals.stream().filter(a -> day(a).equals(LocalDate.of(2026, 2, 24))).count();
        }
        assertThat(afterSpringFestival / average).isGreaterThan(1.6);
    }

    @Test
    void dayTypesFollowTheCalendar() {
        assertThat(days.type(LocalDate.of(2026, 2, 14))).as("make-up Saturday").isEqualTo(ArrivalDays.DayType.WORKING);
        assertThat(days.type(LocalDate.of(2026, 2, 15))).as("Sunday in Spring Festival").isEqualTo(ArrivalDays.DayType.HOLIDAY);
        assertThat(days.type(LocalDate.of(2026, 2, 16))).isEqualTo(ArrivalDays.DayType.HOLIDAY);
        assertThat(days.type(LocalDate.of(2026, 3, 7))).as("ordinary Saturday").isEqualTo(ArrivalDays.DayType.WEEKEND);
        assertThat(days.type(LocalDate.of(2026, 4, 4))).as("Qingming Saturday").isEqualTo(ArrivalDays.DayType.HOLIDAY);
        assertThat(days.type(LocalDate.of(2026, 4, 7))).isEqualTo(ArrivalDays.DayType.WORKING);
    }

    @Test
    void staffedChannelsArriveInTheDaySelfServiceAlsoAtNight() {
        Map<Boolean, List<Arrival>> bySelfService = year.stream().collect(Collectors.partitioningBy(a -> a.channel().isSelfService()));
        assertThat(bySelfService.get(false)).filteredOn(a -> a.channel() != Channel.EMAIL)
                .allSatisfy(a -> assertThat(hour(a)).isBetween(7, 21));
        assertThat(bySelfService.get(true)).anyMatch(a -> hour(a) < 6);
        // by hand from the hour profiles: staffed 96 %, office 100 %, self-service 68 % (evening peak) → 84.6 %
        long daytime = year.stream().filter(a -> hour(a) >= 8 && hour(a) < 20).count();
        assertThat(daytime / (double) N).isCloseTo(0.846, within(0.01));
    }

    private static long workingDays() {
        return LocalDate.of(2026, 1, 1).datesUntil(LocalDate.of(2027, 1, 1))
                .filter(d -> days.type(d) == ArrivalDays.DayType.WORKING).count();
    }

    private static double share(List<Arrival> arrivals, Channel channel) {
        return arrivals.stream().filter(a -> a.channel() == channel).count() / (double) arrivals.size();
    }

    private static LocalDate day(Arrival a) {
        return a.receivedAt().atZone(SHANGHAI).toLocalDate();
    }

    private static int hour(Arrival a) {
        return a.receivedAt().atZone(SHANGHAI).getHour();
    }
}
