#include "extractors/calendar/lunar.hpp"

#include <cmath>
#include <numbers>

namespace vbtrack::calendar {

namespace {

constexpr double kTimeZone = 7.0;                 // Vietnam: UTC+7
constexpr double kSynodicMonth = 29.530588853;    // mean days between new moons
constexpr double kFirstNewMoon = 2415021.076998695;  // Julian day of the new moon of 1900-01-01
constexpr double kPi = std::numbers::pi;
constexpr double kRad = kPi / 180.0;

long floor_int(double x) { return static_cast<long>(std::floor(x)); }

long julian_day(const Date& date) {
    // Days since the Unix epoch plus the Julian day number of 1970-01-01.
    return static_cast<long>(Days{date}.time_since_epoch().count()) + 2440588L;
}

Date from_julian_day(long jd) { return Date{Days{std::chrono::days{jd - 2440588L}}}; }

// Julian day (with fraction, UT) of the k-th new moon after 1900-01-01.
double new_moon(long k) {
    double t = static_cast<double>(k) / 1236.85;  // Julian centuries from 1900-01-00.5
    double t2 = t * t, t3 = t2 * t;
    double jd = 2415020.75933 + 29.53058868 * static_cast<double>(k) + 0.0001178 * t2 - 0.000000155 * t3;
    jd += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kRad);
    double m = 359.2242 + 29.10535608 * static_cast<double>(k) - 0.0000333 * t2 - 0.00000347 * t3;
    double mpr = 306.0253 + 385.81691806 * static_cast<double>(k) + 0.0107306 * t2 + 0.00001236 * t3;
    double f = 21.2964 + 390.67050646 * static_cast<double>(k) - 0.0016528 * t2 - 0.00000239 * t3;
    double c = (0.1734 - 0.000393 * t) * std::sin(m * kRad) + 0.0021 * std::sin(2 * kRad * m);
    c += -0.4068 * std::sin(mpr * kRad) + 0.0161 * std::sin(kRad * 2 * mpr);
    c += -0.0004 * std::sin(kRad * 3 * mpr);
    c += 0.0104 * std::sin(kRad * 2 * f) - 0.0051 * std::sin(kRad * (m + mpr));
    c += -0.0074 * std::sin(kRad * (m - mpr)) + 0.0004 * std::sin(kRad * (2 * f + m));
    c += -0.0004 * std::sin(kRad * (2 * f - m)) - 0.0006 * std::sin(kRad * (2 * f + mpr));
    c += 0.0010 * std::sin(kRad * (2 * f - mpr)) + 0.0005 * std::sin(kRad * (2 * mpr + m));
    double delta_t = t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                             : -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd + c - delta_t;
}

// The sun's apparent longitude in radians, 0..2π, at Julian day `jdn` (UT).
double sun_longitude(double jdn) {
    double t = (jdn - 2451545.0) / 36525;  // Julian centuries from J2000
    double t2 = t * t;
    double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(kRad * m);
    dl += (0.019993 - 0.000101 * t) * std::sin(kRad * 2 * m) + 0.000290 * std::sin(kRad * 3 * m);
    double l = (l0 + dl) * kRad;
    return l - 2 * kPi * std::floor(l / (2 * kPi));
}

// The local day on which the k-th new moon falls.
long new_moon_day(long k) { return floor_int(new_moon(k) + 0.5 + kTimeZone / 24); }

// Which of the 12 sectors of 30° the sun is in at local midnight starting day `jd`.
int sun_sector(long jd) { return static_cast<int>(floor_int(sun_longitude(jd - 0.5 - kTimeZone / 24) / kPi * 6)); }

// The first day of the lunar month holding the winter solstice (month 11) that
// begins in Gregorian year `year`.
long month11(int year) {
    auto dec31 = make_date(year, 12, 31);
    long k = floor_int((julian_day(*dec31) - 2415021) / kSynodicMonth);
    long nm = new_moon_day(k);
    if (sun_sector(nm) >= 9) nm = new_moon_day(k - 1);  // the sun is past 270°: month 11 began a moon earlier
    return nm;
}

// In a 13-month year starting at month 11 day `a11`: the index of the leap
// month, the first month with no major solar term (no change of sun sector).
int leap_month_offset(long a11) {
    long k = floor_int((static_cast<double>(a11) - kFirstNewMoon) / kSynodicMonth + 0.5);
    int i = 1;
    int sector = sun_sector(new_moon_day(k + i));
    int last;
    do {
        last = sector;
        ++i;
        sector = sun_sector(new_moon_day(k + i));
    } while (sector != last && i < 14);
    return i - 1;
}

}  // namespace

LunarDate to_lunar(const Date& date) {
    long jd = julian_day(date);
    int gyear = static_cast<int>(date.year());
    long k = floor_int((static_cast<double>(jd) - kFirstNewMoon) / kSynodicMonth);
    long month_start = new_moon_day(k + 1);
    if (month_start > jd) month_start = new_moon_day(k);
    long a11 = month11(gyear), b11 = a11;
    LunarDate out;
    if (a11 >= month_start) {
        out.year = gyear;
        a11 = month11(gyear - 1);
    } else {
        out.year = gyear + 1;
        b11 = month11(gyear + 1);
    }
    out.day = static_cast<int>(jd - month_start + 1);
    int diff = static_cast<int>(floor_int(static_cast<double>(month_start - a11) / 29));
    out.month = diff + 11;
    if (b11 - a11 > 365) {  // 13 lunar months between the two month 11s: one is leap
        int leap = leap_month_offset(a11);
        if (diff >= leap) {
            out.month = diff + 10;
            out.leap = diff == leap;
        }
    }
    if (out.month > 12) out.month -= 12;
    if (out.month >= 11 && diff < 4) out.year -= 1;
    return out;
}

std::optional<Date> from_lunar(const LunarDate& lunar) {
    if (lunar.month < 1 || lunar.month > 12 || lunar.day < 1 || lunar.day > 30) return std::nullopt;
    long a11, b11;
    if (lunar.month < 11) {
        a11 = month11(lunar.year - 1);
        b11 = month11(lunar.year);
    } else {
        a11 = month11(lunar.year);
        b11 = month11(lunar.year + 1);
    }
    long k = floor_int(0.5 + (static_cast<double>(a11) - kFirstNewMoon) / kSynodicMonth);
    int off = lunar.month - 11;
    if (off < 0) off += 12;
    if (b11 - a11 > 365) {
        int leap_off = leap_month_offset(a11);
        int leap_month = leap_off - 2;
        if (leap_month < 0) leap_month += 12;
        if (lunar.leap && lunar.month != leap_month) return std::nullopt;
        if (lunar.leap || off >= leap_off) off += 1;
    } else if (lunar.leap) {
        return std::nullopt;
    }
    long month_start = new_moon_day(k + off);
    Date result = from_julian_day(month_start + lunar.day - 1);
    // A 30th in a 29-day month would spill into the next month.
    if (lunar.day == 30 && to_lunar(result).day != 30) return std::nullopt;
    return result;
}

Date lunar_new_year(int year) { return *from_lunar({1, 1, year, false}); }

}  // namespace vbtrack::calendar
