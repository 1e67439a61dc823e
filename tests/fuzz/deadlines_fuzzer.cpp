// The deadline extractor on any text, with and without an issue date: each
// deadline's span lies in the body and is its text, its kind has the fields
// the record format gives that kind (an absolute one may lack its date only
// when its year is unwritten and there is no issue date), every date is a real
// ISO day, a recurring day is "MM-DD" or "*-DD", and for UTF-8 input task and
// bodies are UTF-8.
#include "extractors/deadlines/deadlines.hpp"
#include "tests/fuzz/fuzz_checks.hpp"

namespace {

using vbtrack::fuzz::check;

bool is_month_day(std::string_view s) {
    if (s.size() != 5 || s[2] != '-') return false;
    const int month = vbtrack::fuzz::digits_value(s.substr(0, 2)), day = vbtrack::fuzz::digits_value(s.substr(3));
    return month >= 0 && day >= 0 && vbtrack::fuzz::is_real_date(2000, month, day);  // 2000: 02-29 exists
}

bool is_monthly_day(std::string_view s) {
    const int day = s.size() == 4 && s.substr(0, 2) == "*-" ? vbtrack::fuzz::digits_value(s.substr(2)) : -1;
    return day >= 1 && day <= 31;
}

void check_deadlines(const vbtrack::DocumentText& text, const std::optional<std::string>& issued, bool utf8_input) {
    const vbtrack::TextSpan body{0, text.text().size()};
    const auto roles = vbtrack::find_roles(text, body);
    for (const auto& found : vbtrack::extract_deadlines(text, body, issued, roles)) {
        const auto& deadline = found.value;
        check(found.span.begin < found.span.end && found.span.end <= body.end);
        check(deadline.text == text.slice(found.span));
        if (deadline.date) check(vbtrack::fuzz::is_iso_date(*deadline.date));
        if (deadline.due) check(vbtrack::fuzz::is_iso_date(*deadline.due));
        if (deadline.month_day) check(is_month_day(*deadline.month_day) || is_monthly_day(*deadline.month_day));
        switch (deadline.kind) {
            // Without an issue date, a day written without its year has no date (the text alone).
            case vbtrack::DeadlineKind::absolute: check(deadline.date || (deadline.inferred_year && !issued)); break;
            case vbtrack::DeadlineKind::recurring: check(deadline.month_day.has_value()); break;
            case vbtrack::DeadlineKind::relative: check(deadline.offset.has_value()); break;
        }
        if (deadline.offset) check(deadline.offset->days >= 0 && deadline.offset->months >= 0);
        if (!utf8_input) continue;
        check(vbtrack::fuzz::is_valid_utf8(deadline.task));
        for (const auto& body_name : deadline.responsible) check(vbtrack::fuzz::is_valid_utf8(body_name));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = vbtrack::DocumentText::from_plain(vbtrack::fuzz::as_text(data, size));
    const bool utf8_input = vbtrack::fuzz::is_valid_utf8(text.text());
    check_deadlines(text, std::string("2024-03-15"), utf8_input);
    check_deadlines(text, std::nullopt, utf8_input);
    return 0;
}
