#include "extractors/deadlines/deadlines.hpp"

#include "extractors/calendar/working_calendar.hpp"
#include "extractors/deadlines/deadline_context.hpp"
#include "extractors/deadlines/deadline_dates.hpp"
#include "extractors/deadlines/deadline_phrases.hpp"
#include "extractors/vietnamese.hpp"

namespace vbtrack {

namespace {

// How sure each reading is: full dates are unambiguous; an inferred year or a
// term whose trigger is a free-text event less so.
double confidence_of(const Deadline& d) {
    if (d.kind == DeadlineKind::relative) return d.due ? 0.85 : 0.75;
    return d.inferred_year ? 0.8 : 0.95;
}

// "trong Quý I, Ban đã cấp mới ...": a period named without its year in a clause
// told in the past ("đã") is the one just reported on, not the next one to come.
bool looks_back(const deadlines::DeadlinePhrase& phrase, std::string_view after) {
    if (phrase.kind != deadlines::PhraseKind::period || phrase.year != 0) return false;
    after = after.substr(0, std::min(after.find_first_of(".;\n"), std::size_t{160}));
    for (const std::string& word : split_words(to_lower(after)))
        if (word == "đã") return true;
    return false;
}

// "Lễ giao nhận quân dự kiến tổ chức trong tháng 02/2025", "Hội thi dự kiến diễn ra
// vào ngày 05/3": when an event is expected to take place, not a time limit for a
// task. Only a period or day the event happens in ("trong", "vào"); "dự kiến
// hoàn thành trước ngày ..." still limits a task. A bracket holds an aside of its
// own: "(dự kiến tổ chức trong Quý II/2025)" dates the event it follows, and an
// expectation inside one does not reach past it.
bool expected_event(std::string_view phrase_text, std::string_view before) {
    const std::string lead = to_lower(phrase_text.substr(0, phrase_text.find(' ')));
    if (lead != "trong" && lead != "vào") return false;
    if (std::size_t clause = before.find_last_of(".;:\n()"); clause != std::string_view::npos)
        before.remove_prefix(clause + 1);
    const auto words = split_words(to_lower(before));
    for (std::size_t i = 0; i + 1 < words.size(); ++i)
        if (words[i] == "dự" && words[i + 1] == "kiến") return true;
    return false;
}

}  // namespace

std::vector<Finding<Deadline>> extract_deadlines(const DocumentText& text, TextSpan body,
                                                 const std::optional<std::string>& issued_date,
                                                 const std::vector<RoleAssignment>& roles) {
    std::optional<calendar::Date> issued;
    if (issued_date) issued = calendar::parse_iso(*issued_date);
    const auto& cal = calendar::WorkingCalendar::official();
    deadlines::ContextFinder context(text, roles);

    auto phrases = deadlines::find_deadline_phrases(text.slice(body));
    std::vector<TextSpan> spans;
    for (const auto& phrase : phrases) spans.push_back({phrase.span.begin + body.begin, phrase.span.end + body.begin});

    std::vector<Finding<Deadline>> out;
    for (std::size_t i = 0; i < phrases.size(); ++i) {
        const auto& phrase = phrases[i];
        TextSpan span = spans[i];
        const std::string_view all = text.text();
        if (looks_back(phrase, all.substr(span.end, utf8::boundary_at_or_before(all, span.end + 160) - span.end)))
            continue;
        const std::size_t clause_from = span.begin > 160 ? utf8::boundary_at_or_before(all, span.begin - 160) : 0;
        if (expected_event(text.slice(span), all.substr(clause_from, span.begin - clause_from))) continue;
        std::vector<Deadline> resolved = deadlines::resolve_when(phrase, issued, cal);
        if (resolved.empty()) continue;
        auto ctx = context.context_of(span, spans);
        for (Deadline& d : resolved) {
            Finding<Deadline> found;
            d.text = std::string(text.slice(span));
            d.task = ctx.task;
            d.responsible = ctx.responsible;
            found.confidence = confidence_of(d);
            found.value = std::move(d);
            found.span = span;
            found.rule = phrase.rule;
            out.push_back(std::move(found));
        }
    }
    return out;
}

}  // namespace vbtrack
