// A "Nơi nhận:" heading that OCR misread beyond the fuzzy match's two edits:
// recognised by its shape (a short first word, "nhận" nearly right, a colon,
// a dash-led list below it in the footer), never from a sentence of the body.
// Footers written for these tests.
#include <gtest/gtest.h>

#include "document_builder.hpp"

namespace vbtrack {
namespace {

const std::string kBody =
    "ỦY BAN NHÂN DÂN\nXÃ PHONG THỔ\nSố: 31/TB-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Phong Thổ, ngày 8 tháng 8 năm 2025\nTHÔNG BÁO\nLịch trực phòng, chống lụt bão tháng 8 năm 2025\n"
    "Ủy ban nhân dân xã thông báo lịch trực như sau:\n- Trực chỉ huy: Chủ tịch, Phó Chủ tịch UBND xã.\n"
    "- Trực thường trực: công chức Văn phòng - Thống kê.\n";

std::vector<std::string> recipients_after(const std::string& footer) {
    return test::extract_text(kBody + footer, TextSource::ocr).recipients;
}

TEST(RecipientsHeading, MisreadBeyondTwoEdits) {
    const std::vector<std::string> expected{"Ban Chỉ huy PCTT huyện", "Các thôn, bản", "Như trên"};
    // Three edits ("Ma nhận"), then a speck line; specks around the heading; the signature column on its line.
    EXPECT_EQ(recipients_after("Ma nhận:\n_\n- Ban Chỉ huy PCTT huyện;\n- Các thôn, bản;\n- Như trên;\n- Lưu: VT.\n"
                               "CHỦ TỊCH\nVàng A Dế"),
              expected);
    EXPECT_EQ(recipients_after("_~ Ký nhạn : _-\n- Ban Chỉ huy PCTT huyện;\n- Các thôn, bản;\n- Như trên;\n- Lưu: VT.\n"
                               "CHỦ TỊCH\nVàng A Dế"),
              expected);
    Record r = test::extract_text(kBody + "Mo1 nhân: TM. ỦY BAN NHÂN DÂN\n- Ban Chỉ huy PCTT huyện;\n"
                                          "- Các thôn, bản;\nCHỦ TỊCH\n- Như trên;\n- Lưu: VT.\nVàng A Dế",
                                  TextSource::ocr);
    EXPECT_EQ(r.recipients, expected);
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->name, "Vàng A Dế");
}

TEST(RecipientsHeading, BodyLinesWithAListBelowAreNotTheHeading) {
    // "nhân" as the second word of a sentence; "Nội dung:" with a list and an archive-like item.
    Record r = test::extract_text(kBody + "Ba nhân viên trực ban:\n- Lò Văn Ón;\n- Lò Thị Ún;\n- Lưu Văn Pắn.\n"
                                          "CHỦ TỊCH\nVàng A Dế",
                                  TextSource::ocr);
    EXPECT_TRUE(r.recipients.empty());
    Record r2 = test::extract_text(kBody + "Nội dung:\n- Kiểm tra đê, kè;\n- Lưu giữ số liệu mưa.\nCHỦ TỊCH\nVàng A Dế",
                                   TextSource::ocr);
    EXPECT_TRUE(r2.recipients.empty());
    // Early in the document, without an archive item: not the footer's heading.
    Record r3 = test::extract_text(
        "Hà nhận:\n- Thôn Nậm Cày;\n- Thôn Nà Pồ;\n" + kBody + "Ủy ban nhân dân xã đề nghị các thôn thực hiện.",
        TextSource::ocr);
    EXPECT_TRUE(r3.recipients.empty());
}

// "Thời hạn" (a time limit) is two edits from "Nơi nhận": a body line it opens ends
// nothing, and the body's tasks after it are still read when OCR lost the heading.
TEST(RecipientsHeading, ATimeLimitLabelIsNotTheHeading) {
    Record r = test::extract_text(kBody + "Thời hạn thanh tra: 30 ngày làm việc kể từ ngày công bố Quyết định.\n"
                                          "Đoàn thanh tra báo cáo kết quả trước ngày 29 tháng 11 năm 2025.\n"
                                          "Giao Văn phòng xã bảo đảm kinh phí.\nCHỦ TỊCH\nVàng A Dế",
                                  TextSource::ocr);
    ASSERT_EQ(r.deadlines.size(), 1u);
    EXPECT_EQ(r.deadlines[0].text, "trước ngày 29 tháng 11 năm 2025");
    EXPECT_FALSE(r.responsible_bodies.empty());
}

// OCR reads a dash as a curly quote with a space after it: the item still
// opens the list; a quote that clings to its word is a wrapped item's.
TEST(RecipientsHeading, ADashReadAsAQuote) {
    EXPECT_EQ(recipients_after("Nơi nhận:\n\u201C Ban Chỉ huy PCTT huyện (b/c);\n- Các thôn, bản;\n- Lưu: VT.\n"
                               "CHỦ TỊCH\nVàng A Dế"),
              (std::vector<std::string>{"Ban Chỉ huy PCTT huyện", "Các thôn, bản"}));
    EXPECT_EQ(recipients_after("Nơi nhận:\n- Ban Chỉ huy PCTT huyện;\n- Các thôn, bản thực hiện phong trào\n"
                               "\u201CNgày thứ Bảy xanh\u201D;\n- Lưu: VT.\nCHỦ TỊCH\nVàng A Dế"),
              (std::vector<std::string>{"Ban Chỉ huy PCTT huyện",
                                        "Các thôn, bản thực hiện phong trào \u201CNgày thứ Bảy xanh\u201D"}));
}

// Read row by row, the signer's name may fall between the last items: after an
// item closed by its semicolon, a line in capitals-first with an item below it is
// the signature column, not a wrap of the item; a lower-case line still is.
TEST(RecipientsHeading, SignersNameBetweenTheItems) {
    Record r = test::extract_text(kBody + "Nơi nhận:\n- Ban Chỉ huy PCTT huyện;\nCHỦ TỊCH\n- Các thôn, bản;\n;\n"
                                          "Vàng A Dế\n- Lưu: VT.\n",
                                  TextSource::ocr);
    EXPECT_EQ(r.recipients, (std::vector<std::string>{"Ban Chỉ huy PCTT huyện", "Các thôn, bản"}));
    ASSERT_TRUE(r.signer);
    EXPECT_EQ(r.signer->name, "Vàng A Dế");
    Record wrapped = test::extract_text(kBody + "Nơi nhận:\n- Các trường mầm non, tiểu học,\ntrung học cơ sở trên địa bàn;\n"
                                                "- Lưu: VT.\nCHỦ TỊCH\nVàng A Dế",
                                        TextSource::ocr);
    EXPECT_EQ(wrapped.recipients,
              (std::vector<std::string>{"Các trường mầm non, tiểu học, trung học cơ sở trên địa bàn"}));
}

}  // namespace
}  // namespace vbtrack
