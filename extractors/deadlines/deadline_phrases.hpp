// Deadline phrases in a document's text, as written: what the words say,
// before any year is inferred or any due date computed (deadline_dates.hpp).
//
// A phrase starts with a word that sets a limit in time, the way official
// documents write it (DESIGN.md §5):
//   "trước" / "chậm nhất (là | vào | đến hết)" / "không quá" / "hạn chót" /
//   "thời hạn:" / "thời gian (thực hiện | hoàn thành):"
//       + an optional time "16 giờ 00" + a date: "ngày 25/4/2023",
//         "ngày 15/11" (no year), "ngày 01 tháng 02 hằng năm", "ngày 05 hằng tháng",
//         "ngày 20 của tháng cuối quý" (every quarter)
//   "trong" or a label + a period: "Quý IV/2024", "tháng 12/2024", "6 tháng đầu năm 2024"
//   "trong (thời hạn | thời gian | vòng)" / "chậm nhất" / "sau" / "trước" + a term: "15 ngày",
//       "10 (mười) ngày làm việc", "06 tháng", "02 tuần", then its trigger:
//       "kể từ ngày ký", "sau Hội nghị …", "khi kết thúc …", "trước ngày tổ chức"
//       ("trước 15 ngày diễn ra Hội nghị": the trigger follows the term directly).
// Ongoing duties ("thường xuyên", "định kỳ hằng tháng" without a day) set no
// date to track and are not deadlines (the gold records leave them out too).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractors/text_view.hpp"

namespace vbtrack::deadlines {

enum class PhraseKind {
    date,       // a calendar day; year 0 when not written
    yearly,     // month and day every year
    monthly,    // a day of every month
    quarterly,  // a day of the last month of every quarter
    period,     // the end of a quarter or month; year 0 when not written
    relative,   // a term counted from a trigger
};

struct Term {
    int amount = 0;
    enum class Unit { days, working_days, months } unit = Unit::days;
    bool before = false;      // counted back from the trigger ("05 ngày trước ngày tổ chức")
    std::string trigger;      // as written, e.g. "nhận được yêu cầu", "ký"
    bool from_signing = false;  // the trigger is the document's own signature / issue
    int anchor_year = 0, anchor_month = 0, anchor_day = 0;  // "kể từ ngày 01/7/2024"
};

struct DeadlinePhrase {
    TextSpan span;  // into the text given to find_deadline_phrases
    PhraseKind kind = PhraseKind::date;
    int year = 0, month = 0, day = 0;  // period: the last month of it, day 0
    std::optional<Term> term;
    std::string rule;
};

std::vector<DeadlinePhrase> find_deadline_phrases(std::string_view text);

}  // namespace vbtrack::deadlines
