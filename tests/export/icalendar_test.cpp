// The iCalendar output read back by libical's own parser.
#include "pipeline/export/icalendar.hpp"

#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <libical/ical.h>

#include "pipeline/export/exporter.hpp"
#include "ical_reading.hpp"
#include "sample_records.hpp"

namespace vbtrack {
namespace {

using test::Component;
using test::property_text;
using test::todos_by_summary;

std::string export_ics(const std::vector<Record>& records) {
    std::ostringstream out;
    make_exporter("ics")->write(records, out);
    return out.str();
}

Component parse(const std::string& text) { return test::parse_ical(text); }

// True when `s` is well-formed UTF-8: folding must never cut a character.
bool valid_utf8(const std::string& s) {
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = s[i];
        int extra = c < 0x80 ? 0 : (c >> 5) == 6 ? 1 : (c >> 4) == 14 ? 2 : (c >> 3) == 30 ? 3 : -1;
        if (extra < 0 || i + extra + 1 > s.size()) return false;
        for (int k = 1; k <= extra; ++k)
            if ((static_cast<unsigned char>(s[i + k]) >> 6) != 2) return false;
        i += extra + 1;
    }
    return true;
}

TEST(ICalendar, ParsesBackWithOneTodoPerDeadline) {
    auto calendar = parse(export_ics({test::state_plan(), test::party_conclusion()}));
    ASSERT_TRUE(calendar);
    EXPECT_EQ(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
    EXPECT_EQ(property_text(calendar.get(), ICAL_VERSION_PROPERTY), "2.0");
    EXPECT_NE(property_text(calendar.get(), ICAL_PRODID_PROPERTY).find("vbtrack"), std::string::npos);
    EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VTODO_COMPONENT), 4);
    // libical's RFC 5545 rules: required properties present, none repeated.
    EXPECT_TRUE(icalrestriction_check(calendar.get()));
    // The parser marks what it could not read with X-LIC-ERROR properties.
    EXPECT_EQ(icalcomponent_count_errors(calendar.get()), 0);
    for (auto& [summary, todo] : todos_by_summary(calendar.get())) {
        EXPECT_FALSE(property_text(todo, ICAL_UID_PROPERTY).empty()) << summary;
        EXPECT_NE(icalcomponent_get_first_property(todo, ICAL_DTSTAMP_PROPERTY), nullptr) << summary;
    }
}

TEST(ICalendar, AbsoluteDeadlineHasDateDueSummaryDescriptionOrganizerCategory) {
    auto calendar = parse(export_ics({test::state_plan()}));
    auto todos = todos_by_summary(calendar.get());
    auto it = todos.find("05/KH-UBND: Báo cáo kết quả rà soát về Ủy ban nhân dân xã");
    ASSERT_NE(it, todos.end());
    icalcomponent* todo = it->second;

    icaltimetype due = icalcomponent_get_due(todo);
    EXPECT_TRUE(due.is_date);
    EXPECT_EQ(due.year, 2025);
    EXPECT_EQ(due.month, 4);
    EXPECT_EQ(due.day, 15);

    std::string description = icalcomponent_get_description(todo);
    EXPECT_NE(description.find("\"trước ngày 15/4/2025\""), std::string::npos) << description;
    EXPECT_NE(description.find("Kế hoạch số 05/KH-UBND ngày 02/03/2025"), std::string::npos) << description;
    EXPECT_NE(description.find("Công chức Văn hóa - Xã hội"), std::string::npos) << description;

    icalproperty* organizer = icalcomponent_get_first_property(todo, ICAL_ORGANIZER_PROPERTY);
    ASSERT_NE(organizer, nullptr);
    icalparameter* cn = icalproperty_get_first_parameter(organizer, ICAL_CN_PARAMETER);
    ASSERT_NE(cn, nullptr);
    EXPECT_STREQ(icalparameter_get_cn(cn), "Ủy ban nhân dân xã Tân Lập");
    EXPECT_EQ(property_text(todo, ICAL_CATEGORIES_PROPERTY), "Kế hoạch");
}

TEST(ICalendar, RelativeDeadlineWithUnknownAnchorHasTextButNoDue) {
    auto calendar = parse(export_ics({test::state_plan()}));
    auto todos = todos_by_summary(calendar.get());
    auto it = todos.find("05/KH-UBND: Gửi biên bản Hội nghị");
    ASSERT_NE(it, todos.end());
    EXPECT_EQ(icalcomponent_get_first_property(it->second, ICAL_DUE_PROPERTY), nullptr);
    std::string description = icalcomponent_get_description(it->second);
    EXPECT_NE(description.find("chậm nhất 05 ngày làm việc sau Hội nghị"), std::string::npos);
}

TEST(ICalendar, CommasQuotesAndVietnameseSurviveEscaping) {
    auto calendar = parse(export_ics({test::party_conclusion()}));
    auto todos = todos_by_summary(calendar.get());
    ASSERT_EQ(todos.count("12-KL/ĐU: Tổng hợp, báo cáo \"kết quả\" thực hiện Kết luận"), 1u);
}

TEST(ICalendar, ReExportKeepsUidsSoCalendarsUpdate) {
    auto uids = [](const std::string& text) {
        std::map<std::string, std::string> by_summary;
        auto calendar = parse(text);
        for (auto& [summary, todo] : todos_by_summary(calendar.get()))
            by_summary[summary] = property_text(todo, ICAL_UID_PROPERTY);
        return by_summary;
    };
    Record changed = test::state_plan();
    changed.deadlines[0].date = "2025-04-20";  // a corrected date must update, not duplicate
    auto before = uids(export_ics({test::state_plan()}));
    auto after = uids(export_ics({changed}));
    EXPECT_EQ(before, after);
    std::set<std::string> distinct;
    for (auto& [s, uid] : before) distinct.insert(uid);
    EXPECT_EQ(distinct.size(), 3u);
}

TEST(ICalendar, LinesAreCrlfFoldedAt75OctetsWithoutCuttingCharacters) {
    const std::string text = export_ics({test::state_plan(), test::party_conclusion()});
    std::size_t start = 0, lines = 0;
    while (start < text.size()) {
        std::size_t end = text.find("\r\n", start);
        ASSERT_NE(end, std::string::npos) << "line without CRLF at byte " << start;
        std::string line = text.substr(start, end - start);
        EXPECT_LE(line.size(), 75u) << line;
        EXPECT_TRUE(valid_utf8(line)) << line;
        start = end + 2;
        ++lines;
    }
    EXPECT_GT(lines, 20u);
}

TEST(ICalendar, EmptyListIsAValidEmptyCalendar) {
    auto calendar = parse(deadlines_to_icalendar({}));
    ASSERT_TRUE(calendar);
    EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VTODO_COMPONENT), 0);
}

}  // namespace
}  // namespace vbtrack
