// Deadline phrases in sentences written for these tests (not taken from the
// development documents), one or more per pattern, clean and with OCR-like
// damage: lost or wrong marks, a misread letter, spaced slashes, wrapped lines.
#include <gtest/gtest.h>

#include <random>

#include "extractors/deadlines/deadline_phrases.hpp"

namespace vbtrack::deadlines {
namespace {

struct Found {
    std::string text;
    DeadlinePhrase phrase;
};

std::vector<Found> phrases(const std::string& text) {
    std::vector<Found> out;
    for (auto& p : find_deadline_phrases(text)) out.push_back({text.substr(p.span.begin, p.span.size()), p});
    return out;
}

// The one phrase of `text`, which must read `span`.
DeadlinePhrase only(const std::string& text, const std::string& span) {
    auto found = phrases(text);
    EXPECT_EQ(found.size(), 1u) << text;
    if (found.empty()) return {};
    EXPECT_EQ(found[0].text, span) << text;
    return found[0].phrase;
}

void expect_date(const DeadlinePhrase& p, int year, int month, int day) {
    EXPECT_EQ(p.kind, PhraseKind::date);
    EXPECT_EQ(p.year, year);
    EXPECT_EQ(p.month, month);
    EXPECT_EQ(p.day, day);
}

TEST(DeadlinePhrasesTest, AbsoluteDates) {
    expect_date(only("Sở Y tế hoàn thành trước ngày 25/4/2023.", "trước ngày 25/4/2023"), 2023, 4, 25);
    expect_date(only("Nộp báo cáo chậm nhất ngày 05-01-2025 về Sở.", "chậm nhất ngày 05-01-2025"), 2025, 1, 5);
    expect_date(only("Hạn chót: 31.12.2024, quá hạn không nhận.", "Hạn chót: 31.12.2024"), 2024, 12, 31);
    expect_date(only("gửi về Văn phòng trước ngày 15 tháng 11 năm 2024;", "trước ngày 15 tháng 11 năm 2024"), 2024, 11, 15);
    expect_date(only("Thời hạn hoàn thành: ngày 30/6/2025.", "Thời hạn hoàn thành: ngày 30/6/2025"), 2025, 6, 30);
    expect_date(only("đăng ký không quá ngày 20/8/2024", "không quá ngày 20/8/2024"), 2024, 8, 20);
    expect_date(only("nộp chậm nhất đến hết ngày 15/11/2024.", "chậm nhất đến hết ngày 15/11/2024"), 2024, 11, 15);
    expect_date(only("trả lời chậm nhất vào ngày 05/12/2024.", "chậm nhất vào ngày 05/12/2024"), 2024, 12, 5);
}

TEST(DeadlinePhrasesTest, TimeOfDayBeforeTheDate) {
    expect_date(only("gửi hồ sơ trước 9 giờ 30 phút ngày 03/10/2024 để tổng hợp.", "trước 9 giờ 30 phút ngày 03/10/2024"),
                2024, 10, 3);
    expect_date(only("báo cáo nhanh trước 14h00 ngày 7/10/2024.", "trước 14h00 ngày 7/10/2024"), 2024, 10, 7);
}

TEST(DeadlinePhrasesTest, DatesWithoutYear) {
    expect_date(only("gửi danh sách về Sở Nội vụ trước ngày 15/11.", "trước ngày 15/11"), 0, 11, 15);
    expect_date(only("hoàn thành trước ngày 10 tháng 3 để trình Hội đồng.", "trước ngày 10 tháng 3"), 0, 3, 10);
}

TEST(DeadlinePhrasesTest, YearlyAndMonthly) {
    auto yearly = only("xây dựng kế hoạch trước ngày 01 tháng 02 hằng năm.", "trước ngày 01 tháng 02 hằng năm");
    EXPECT_EQ(yearly.kind, PhraseKind::yearly);
    EXPECT_EQ(yearly.month, 2);
    EXPECT_EQ(yearly.day, 1);
    auto yearly2 = only("báo cáo trước ngày 15/12 hàng năm", "trước ngày 15/12 hàng năm");
    EXPECT_EQ(yearly2.kind, PhraseKind::yearly);
    auto monthly = only("tổng hợp số liệu trước ngày 20 hằng tháng;", "trước ngày 20 hằng tháng");
    EXPECT_EQ(monthly.kind, PhraseKind::monthly);
    EXPECT_EQ(monthly.day, 20);
    EXPECT_EQ(only("gửi báo cáo trước ngày 25 của hàng tháng.", "trước ngày 25 của hàng tháng").kind, PhraseKind::monthly);
    // "vào" sets a day only when it recurs; "vào ngày 15/3/2024" dates an event (below).
    EXPECT_EQ(only("gửi số liệu vào ngày 28 hằng tháng.", "vào ngày 28 hằng tháng").day, 28);
    EXPECT_EQ(only("tổ chức tổng kết vào ngày 10 tháng 12 hằng năm", "vào ngày 10 tháng 12 hằng năm").kind,
              PhraseKind::yearly);
}

// A day of the last month of each quarter: the record has no month-day for it.
TEST(DeadlinePhrasesTest, Quarterly) {
    auto q = only("các phòng gửi báo cáo quý chậm nhất ngày 25 của tháng cuối quý;", "chậm nhất ngày 25 của tháng cuối quý");
    EXPECT_EQ(q.kind, PhraseKind::quarterly);
    EXPECT_EQ(q.day, 25);
    EXPECT_EQ(only("tổng hợp trước ngày 18 tháng cuối mỗi quý.", "trước ngày 18 tháng cuối mỗi quý").kind,
              PhraseKind::quarterly);
    EXPECT_EQ(only("nộp số liệu vào ngày 22 của tháng cuối hằng quý", "vào ngày 22 của tháng cuối hằng quý").day, 22);
    // No quarter has a 31st in each of its last months.
    EXPECT_TRUE(phrases("gửi trước ngày 31 của tháng cuối quý.").empty());
}

// An approval or an issue the clause asks for ("trình X phê duyệt") is a task with a limit;
// one that has happened ("được phê duyệt trước ngày") is a condition on the past.
TEST(DeadlinePhrasesTest, ApprovalAskedForBeforeADate) {
    expect_date(only("lập dự toán, trình Chủ tịch phê duyệt trước ngày 12/8/2025.", "trước ngày 12/8/2025"), 2025, 8, 12);
    expect_date(only("tham mưu Ủy ban nhân dân huyện ban hành trước ngày 05/3/2025;", "trước ngày 05/3/2025"), 2025, 3, 5);
    EXPECT_TRUE(phrases("Các dự án đã được phê duyệt trước ngày 01/7/2024 tiếp tục thực hiện.").empty());
    EXPECT_TRUE(phrases("Các đề án thuộc chương trình phê duyệt trước ngày 01/7/2024 giữ nguyên.").empty());
    EXPECT_TRUE(phrases("hồ sơ đã trình, được phê duyệt trước ngày 01/7/2024.").empty());
}

// One "hằng năm" / "hằng tháng" after a coordination of dates governs every one of them.
TEST(DeadlinePhrasesTest, OneRecurrenceSharedByCoordinatedDates) {
    auto yearly = phrases("Các xã nộp báo cáo sơ kết trước ngày 20/7 và ngày 20/01 hằng năm về Phòng Nội vụ.");
    ASSERT_EQ(yearly.size(), 2u);
    EXPECT_EQ(yearly[0].text, "trước ngày 20/7");
    EXPECT_EQ(yearly[1].text, "ngày 20/01 hằng năm");
    for (const auto& f : yearly) EXPECT_EQ(f.phrase.kind, PhraseKind::yearly);
    EXPECT_EQ(yearly[0].phrase.month, 7);
    EXPECT_EQ(yearly[0].phrase.day, 20);
    EXPECT_EQ(yearly[1].phrase.month, 1);
    EXPECT_EQ(yearly[1].phrase.day, 20);

    auto monthly = phrases("cập nhật dữ liệu chậm nhất ngày 05, ngày 15 và ngày 25 của mỗi tháng;");
    ASSERT_EQ(monthly.size(), 3u);
    EXPECT_EQ(monthly[0].text, "chậm nhất ngày 05");
    EXPECT_EQ(monthly[1].text, "ngày 15");
    EXPECT_EQ(monthly[2].text, "ngày 25 của mỗi tháng");
    int days[] = {5, 15, 25};
    for (int k = 0; k < 3; ++k) {
        EXPECT_EQ(monthly[k].phrase.kind, PhraseKind::monthly);
        EXPECT_EQ(monthly[k].phrase.day, days[k]);
    }

    // Long month form, "hoặc", and OCR damage: marks lost, a spaced slash, "hàng".
    auto spelled = phrases("gui ket qua truoc ngay 30 thang 6 hoac ngay 31 thang 12 hang nam.");
    ASSERT_EQ(spelled.size(), 2u);
    EXPECT_EQ(spelled[1].phrase.kind, PhraseKind::yearly);
    EXPECT_EQ(spelled[1].phrase.month, 12);
    EXPECT_EQ(spelled[1].phrase.day, 31);
    auto noisy = phrases("báo cáo trước ngày 10 / 3 và ngày 10 / 9 hàng năm");
    ASSERT_EQ(noisy.size(), 2u);
    EXPECT_EQ(noisy[0].phrase.kind, PhraseKind::yearly);
    EXPECT_EQ(noisy[1].phrase.month, 9);

    // Without a shared suffix each date stands alone: the first is a date of the issue year.
    auto plain = phrases("hoàn thành trước ngày 15/6 và báo cáo kết quả.");
    ASSERT_EQ(plain.size(), 1u);
    expect_date(plain[0].phrase, 0, 6, 15);
    // A dated occurrence in the chain makes it no recurrence: "ngày 15/6/2025 và ngày 15/12 hằng năm".
    auto dated = phrases("trước ngày 15/6/2025 và ngày 15/12 hằng năm");
    ASSERT_GE(dated.size(), 1u);
    expect_date(dated[0].phrase, 2025, 6, 15);
    // Days without months cannot be yearly.
    EXPECT_TRUE(phrases("trước ngày 10 và ngày 25 hằng năm").empty());
}

TEST(DeadlinePhrasesTest, RelativeTerms) {
    auto signed_term = only("Trong thời hạn 15 ngày kể từ ngày ký, các đơn vị báo cáo.", "Trong thời hạn 15 ngày kể từ ngày ký");
    ASSERT_TRUE(signed_term.term);
    EXPECT_EQ(signed_term.term->amount, 15);
    EXPECT_EQ(signed_term.term->unit, Term::Unit::days);
    EXPECT_TRUE(signed_term.term->from_signing);
    EXPECT_FALSE(signed_term.term->before);

    auto working = only("Sau 07 ngày làm việc khi kết thúc tiếp xúc, cơ quan trả lời.", "Sau 07 ngày làm việc khi kết thúc tiếp xúc");
    ASSERT_TRUE(working.term);
    EXPECT_EQ(working.term->unit, Term::Unit::working_days);
    EXPECT_EQ(working.term->trigger, "kết thúc tiếp xúc");
    EXPECT_FALSE(working.term->from_signing);

    auto after_meeting = only("chậm nhất 10 ngày làm việc sau Hội nghị, Văn phòng thông báo.", "chậm nhất 10 ngày làm việc sau Hội nghị");
    ASSERT_TRUE(after_meeting.term);
    EXPECT_EQ(after_meeting.term->amount, 10);
    EXPECT_EQ(after_meeting.term->trigger, "Hội nghị");

    auto comma = only("trong vòng 30 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ; quá thời hạn", "trong vòng 30 ngày, kể từ ngày nhận đủ hồ sơ hợp lệ");
    EXPECT_EQ(comma.term->trigger, "nhận đủ hồ sơ hợp lệ");

    EXPECT_EQ(only("trong thời gian 30 ngày kể từ ngày nhận được hồ sơ, cơ quan trả lời.",
                   "trong thời gian 30 ngày kể từ ngày nhận được hồ sơ")
                  .term->amount,
              30);
    auto gloss = only("trả lời trong thời hạn 05 (năm) ngày làm việc kể từ khi nhận được văn bản.",
                      "trong thời hạn 05 (năm) ngày làm việc kể từ khi nhận được văn bản");
    EXPECT_EQ(gloss.term->amount, 5);
}

TEST(DeadlinePhrasesTest, TermsInMonthsWeeksAndFromADate) {
    auto months = only("trong thời hạn 06 tháng kể từ ngày Quyết định này được ký.",
                       "trong thời hạn 06 tháng kể từ ngày Quyết định này được ký");
    EXPECT_EQ(months.term->unit, Term::Unit::months);
    EXPECT_EQ(months.term->amount, 6);
    EXPECT_TRUE(months.term->from_signing);

    auto weeks = only("nộp trong 02 tuần kể từ ngày 01/7/2024.", "trong 02 tuần kể từ ngày 01/7/2024");
    EXPECT_EQ(weeks.term->amount, 14);
    EXPECT_EQ(weeks.term->anchor_year, 2024);
    EXPECT_EQ(weeks.term->anchor_month, 7);
    EXPECT_EQ(weeks.term->anchor_day, 1);

    auto issued = only("trong 10 ngày kể từ ngày ban hành văn bản này", "trong 10 ngày kể từ ngày ban hành văn bản này");
    EXPECT_TRUE(issued.term->from_signing);
    // "kỳ họp" is not "ký": the trigger is an event, not the signature.
    auto session = only("trong 05 ngày kể từ ngày kỳ họp bế mạc", "trong 05 ngày kể từ ngày kỳ họp bế mạc");
    EXPECT_FALSE(session.term->from_signing);
}

TEST(DeadlinePhrasesTest, TermsCountedBackFromAnEvent) {
    auto before = only("gửi giấy mời chậm nhất là 03 ngày trước ngày khai mạc để đại biểu nghiên cứu.",
                       "chậm nhất là 03 ngày trước ngày khai mạc");
    EXPECT_TRUE(before.term->before);
    EXPECT_EQ(before.term->trigger, "khai mạc");
    auto direct = only("trình dự thảo trước 10 ngày tổ chức Đại hội.", "trước 10 ngày tổ chức Đại hội");
    EXPECT_TRUE(direct.term->before);
    EXPECT_EQ(direct.term->trigger, "tổ chức Đại hội");
}

// Periods joined under one year are one span of time, tracked by its end.
TEST(DeadlinePhrasesTest, JoinedPeriodsEndWithTheLast) {
    auto months = only("mở 04 lớp tập huấn trong tháng 3 và tháng 4/2025.", "trong tháng 3 và tháng 4/2025");
    EXPECT_EQ(months.kind, PhraseKind::period);
    EXPECT_EQ(months.month, 4);
    EXPECT_EQ(months.year, 2025);
    auto quarters = only("hoàn thành trong Quý II và Quý III năm 2026;", "trong Quý II và Quý III năm 2026");
    EXPECT_EQ(quarters.month, 9);
    EXPECT_EQ(quarters.year, 2026);
    // A month with its own year is a phrase of its own; a quarter then a month are not joined.
    EXPECT_EQ(only("trong tháng 5/2025 và báo cáo", "trong tháng 5/2025").month, 5);
    EXPECT_EQ(only("trong Quý I và tháng 5/2025", "trong Quý I").month, 3);
}

TEST(DeadlinePhrasesTest, Periods) {
    auto quarter = only("hoàn thành trong Quý III/2024.", "trong Quý III/2024");
    EXPECT_EQ(quarter.kind, PhraseKind::period);
    EXPECT_EQ(quarter.month, 9);
    EXPECT_EQ(quarter.year, 2024);
    EXPECT_EQ(only("triển khai trong quý 2 năm 2025;", "trong quý 2 năm 2025").month, 6);
    EXPECT_EQ(only("tổ chức trong tháng 10/2024.", "trong tháng 10/2024").month, 10);
    auto month_words = only("trong tháng 8 năm 2025 phải xong", "trong tháng 8 năm 2025");
    EXPECT_EQ(month_words.year, 2025);
    auto half = only("giải ngân trong 6 tháng đầu năm 2025", "trong 6 tháng đầu năm 2025");
    EXPECT_EQ(half.month, 6);
    auto labelled = only("Thời gian thực hiện: Quý III/2025.", "Thời gian thực hiện: Quý III/2025");
    EXPECT_EQ(labelled.kind, PhraseKind::period);
    EXPECT_EQ(labelled.month, 9);
    auto no_year = only("hoàn thành trong Quý IV.", "trong Quý IV");
    EXPECT_EQ(no_year.year, 0);
    EXPECT_EQ(no_year.month, 12);
}

TEST(DeadlinePhrasesTest, WhatIsNotADeadline) {
    for (const char* text : {
             "Thường xuyên kiểm tra, đôn đốc việc thực hiện.",          // ongoing duty: no date to track
             "Định kỳ hằng tháng báo cáo Chủ tịch kết quả.",            // periodic, no day
             "Quyết định này có hiệu lực kể từ ngày ký.",                // entry into force
             "Các văn bản ban hành trước ngày 01/01/2024 vẫn áp dụng.",  // a condition on the past
             "báo cáo trước khi tổ chức Hội nghị.",                      // no date, no term
             "Trong 9 tháng, toàn tỉnh đã giải quyết 120 hồ sơ.",         // a duration, not a limit
             "chỉ tiếp nhận sau ngày 15/9/2024.",                        // a start, not a limit
             "Số liệu tính đến ngày 30/6/2024.",                         // a cut-off date
             "thực hiện các mục tiêu trong năm 2024.",                   // a whole year
             "trước ngày 31/4/2024",                                     // no such day
             "Lịch trực ngày 02/9/2024 của cơ quan.",                    // "trực" is not a misread "trước"
             "hoàn thành trong Quý\nIII. TỔ CHỨC THỰC HIỆN",            // a heading is not the quarter
             "báo cáo trước\n- ngày 15/11/2024 nhận hồ sơ",              // nor is the next list item
             "Hội nghị tổ chức vào ngày 15/3/2024 tại hội trường.",      // the date of an event
         })
        EXPECT_TRUE(phrases(text).empty()) << text;
}

TEST(DeadlinePhrasesTest, SurvivesOcrDamage) {
    expect_date(only("hoan thanh truoc ngay 25 / 4 / 2023.", "truoc ngay 25 / 4 / 2023"), 2023, 4, 25);
    expect_date(only("gửi trưóc ngày 15/11/2024.", "trưóc ngày 15/11/2024"), 2024, 11, 15);
    expect_date(only("gửi trucc ngày 15/11/2024.", "trucc ngày 15/11/2024"), 2024, 11, 15);
    expect_date(only("hoàn thành trước\nngày 15/11/2024.", "trước\nngày 15/11/2024"), 2024, 11, 15);
    auto marks = only("chậm nhât 10 ngảy lảm việc sau Hội nghị.", "chậm nhât 10 ngảy lảm việc sau Hội nghị");
    ASSERT_TRUE(marks.term);
    EXPECT_EQ(marks.term->unit, Term::Unit::working_days);
    // "chậm chất là": one letter of "nhất" misread.
    auto misread = only("thông báo chậm chất là 05 ngày trước ngày họp để chuẩn bị.", "chậm chất là 05 ngày trước ngày họp");
    EXPECT_TRUE(misread.term->before);
    // Split digits, specks and a stray full stop.
    expect_date(only("phải xong trước ngày 30/1 1/2024. Sau đó", "trước ngày 30/1 1/2024"), 2024, 11, 30);
    expect_date(only("hoàn thành trước ngày 15/11/20 24.", "trước ngày 15/11/20 24"), 2024, 11, 15);
    auto speck = only("trả lời trong thời hạn 07 _\nngày làm việc kể từ ngày nhận đơn.", "trong thời hạn 07 _\nngày làm việc kể từ ngày nhận đơn");
    EXPECT_EQ(speck.term->amount, 7);
    EXPECT_TRUE(only("gửi chậm nhất là 05 ngày trước. ngày họp.", "chậm nhất là 05 ngày trước. ngày họp").term->before);
    // Without marks "de" still ends the trigger, but "đề nghị" does not.
    EXPECT_EQ(only("trong 05 ngay ke tu ngay nhan de nghi cua xa de tong hop", "trong 05 ngay ke tu ngay nhan de nghi cua xa")
                  .term->trigger,
              "nhan de nghi cua xa");
}

TEST(DeadlinePhrasesTest, SeveralPhrasesInOneSentence) {
    auto found = phrases("Báo cáo quý trước ngày 10/4/2025; báo cáo năm trước ngày 15/12/2025.");
    ASSERT_EQ(found.size(), 2u);
    EXPECT_EQ(found[0].text, "trước ngày 10/4/2025");
    EXPECT_EQ(found[1].text, "trước ngày 15/12/2025");
}

// Malformed input: shuffled pieces of deadline phrases, cut numbers, lone
// brackets and invalid UTF-8 must give well-formed spans or nothing, never a crash.
TEST(DeadlinePhrasesTest, GarbageGivesSpansInsideTheText) {
    const char* pieces[] = {"trước", "ngày", "chậm", "nhất", "là", "trong", "thời hạn", "Quý", "IV", "tháng", "hằng",
                            "năm", "kể từ", "sau", "khi", "(", ")", "/", "-", ".", ",", ";", "\n", "15", "2024",
                            "0", "99999", "31", "12", "làm việc", "\xC3", "\xFF\xFE", "giờ", "h", "để", "ký"};
    std::mt19937 rng(42);
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        int n = 1 + static_cast<int>(rng() % 24);
        for (int i = 0; i < n; ++i) text += std::string(pieces[rng() % std::size(pieces)]) + (rng() % 3 ? " " : "");
        for (const auto& p : find_deadline_phrases(text)) {
            ASSERT_LT(p.span.begin, p.span.end) << text;
            ASSERT_LE(p.span.end, text.size()) << text;
        }
    }
}

}  // namespace
}  // namespace vbtrack::deadlines
