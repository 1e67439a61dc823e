#include "extractors/deadlines/deadlines.hpp"

#include "extractors/calendar/working_calendar.hpp"
#include "extractors/deadlines/deadline_context.hpp"
#include "extractors/deadlines/deadline_dates.hpp"
#include "extractors/deadlines/deadline_phrases.hpp"

namespace vbtrack {

namespace {

// How sure each reading is: full dates are unambiguous; an inferred year or a
// term whose trigger is a free-text event less so.
double confidence_of(const Deadline& d) {
    if (d.kind == DeadlineKind::relative) return d.due ? 0.85 : 0.75;
    return d.inferred_year ? 0.8 : 0.95;
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
        Finding<Deadline> found;
        Deadline& d = found.value;
        if (!deadlines::resolve_when(phrase, issued, cal, d)) continue;
        d.text = std::string(text.slice(span));
        auto ctx = context.context_of(span, spans);
        d.task = std::move(ctx.task);
        d.responsible = std::move(ctx.responsible);
        found.span = span;
        found.rule = phrase.rule;
        found.confidence = confidence_of(d);
        out.push_back(std::move(found));
    }
    return out;
}

}  // namespace vbtrack
