#include <gtest/gtest.h>

#include "extractors/references.hpp"
#include "extractors/text_view.hpp"

namespace vbtrack {
namespace {

std::vector<Reference> refs(std::string_view text, const Localities& places = {}, const std::string& own = {}) {
    DocumentText t = DocumentText::from_plain(text);
    std::vector<Reference> out;
    for (auto& f : find_references(t, {0, t.text().size()}, places, own)) out.push_back(f.value);
    return out;
}

TEST(References, TypeNumberDateIssuer) {
    auto r = refs("Thực hiện Kết luận số 87-KL/TU ngày 14/6/2022 của Ban Thường vụ Tỉnh ủy Yên Bái về việc ...");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].doc_type, "KL");
    EXPECT_EQ(r[0].number_symbol, "87-KL/TU");
    EXPECT_EQ(r[0].date, "2022-06-14");
    EXPECT_EQ(r[0].issuer, "Ban Thường vụ Tỉnh ủy Yên Bái");
}

TEST(References, WithoutSoWithColonWithLongDate) {
    auto r = refs("theo Quyết định 2210-QĐ/TU; Thông tư số: 02/2021/TT-BNV, ngày 11 tháng 6 năm 2021 của "
                  "Bộ Nội vụ quy định mã số; Chỉ thị số 10/CT-TTg.");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].number_symbol, "2210-QĐ/TU");
    EXPECT_FALSE(r[0].date);
    EXPECT_EQ(r[1].number_symbol, "02/2021/TT-BNV");
    EXPECT_EQ(r[1].doc_type, "TT");
    EXPECT_EQ(r[1].date, "2021-06-11");
    EXPECT_EQ(r[1].issuer, "Bộ Nội vụ");
    EXPECT_EQ(r[2].number_symbol, "10/CT-TTg");
    EXPECT_EQ(r[2].doc_type, "CT");
}

// A type name qualified by a word or two before its number ("Chương trình hành
// động", "Kế hoạch liên tịch", "Quy chế phối hợp"): the symbol's type code, which
// opens with the type's own, confirms the citation. Sentences written for this test.
TEST(References, ATypeNameQualifiedBeforeItsNumber) {
    auto r = refs("Thực hiện Chương trình hành động số 15-CTr/HU, ngày 04/3/2025 của Ban Chấp hành Đảng bộ huyện; "
                  "Kế hoạch liên tịch số 07/KHLT-SGDĐT-TĐ ngày 10/01/2025 và Quy chế phối hợp số 02/QC-UBND-MTTQ.");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].number_symbol, "15-CTr/HU");
    EXPECT_EQ(r[0].doc_type, "CTr");
    EXPECT_EQ(r[0].date, "2025-03-04");
    EXPECT_EQ(r[0].issuer, "Ban Chấp hành Đảng bộ huyện");
    EXPECT_EQ(r[1].number_symbol, "07/KHLT-SGDĐT-TĐ");
    EXPECT_EQ(r[1].date, "2025-01-10");
    EXPECT_EQ(r[2].number_symbol, "02/QC-UBND-MTTQ");
    // A symbol of another type after a qualified type name is not that type's number.
    EXPECT_TRUE(refs("theo kế hoạch năm số 45/UBND-VP").empty());
}

TEST(References, CongVanHasNoTypeCodeInItsSymbol) {
    auto r = refs("Công văn số 512/UBND-TH ngày 3/2/2023 của UBND huyện Bảo Lạc về việc ...");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].doc_type, "CV");
    EXPECT_EQ(r[0].issuer, "Ủy ban nhân dân huyện Bảo Lạc");
}

// "Văn bản số …" cites a document by its number alone: a công văn unless its symbol has a type code.
TEST(References, VanBanSoCitesByNumber) {
    auto r = refs("Thực hiện Văn bản số 2046/UBND-NC ngày 18/10/2024 của UBND huyện Bảo Lạc về việc ..., "
                  "văn bản số 17/KH-SYT của Sở Y tế.");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].number_symbol, "2046/UBND-NC");
    EXPECT_EQ(r[0].doc_type, "CV");
    EXPECT_EQ(r[0].date, "2024-10-18");
    EXPECT_EQ(r[0].issuer, "Ủy ban nhân dân huyện Bảo Lạc");
    EXPECT_EQ(r[1].number_symbol, "17/KH-SYT");
    EXPECT_EQ(r[1].doc_type, "KH");
    // Without "số" the words are the text at large, not a citation.
    EXPECT_TRUE(refs("các văn bản 2024 của huyện; văn bản 3 cấp").empty());
}

TEST(References, BodiesOfTheCitingProvinceGetItsName) {
    Localities places{{"tỉnh", "Cao Bằng"}};
    auto r = refs("Căn cứ Nghị quyết số 05/NQ-HĐND ngày 9/12/2022 của HĐND tỉnh về dự toán; đề nghị của Giám đốc "
                  "Sở Tài chính tại Tờ trình số 77/TTr-STC ngày 1/3/2023.",
                  places);
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].issuer, "Hội đồng nhân dân tỉnh Cao Bằng");
    EXPECT_EQ(r[1].doc_type, "TTr");
    EXPECT_EQ(r[1].issuer, "Sở Tài chính tỉnh Cao Bằng");
}

TEST(References, OneEntryPerDocumentAndNotTheDocumentItself) {
    auto r = refs("Đề án số 3-ĐA/HU. Kế hoạch số 9-KH/HU thực hiện Đề án số 3-ĐA/HU ngày 2/2/2021 của Huyện ủy.", {},
                  "9-KH/HU");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].number_symbol, "3-ĐA/HU");
    EXPECT_EQ(r[0].date, "2021-02-02");  // the fuller mention wins
}

TEST(References, OcrReadsSoAsS6) {
    auto r = refs("Cong van s6 4639/UBND-NC ngay 30/12/2021 cua UBND tinh");
    ASSERT_EQ(r.size(), 1u);
    EXPECT_EQ(r[0].number_symbol, "4639/UBND-NC");
    EXPECT_EQ(r[0].date, "2021-12-30");
}

// Laws, codes, ordinances and the Quốc hội's resolutions: the name comes between the type and the number.
TEST(References, LawsCitedByNameThenNumber) {
    auto r = refs("Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13; Căn cứ Bộ luật Dân sự năm 2015 "
                  "số 91/2015/QH13; Luật Phòng, chống ma túy 73/2021/QH14; Pháp lệnh Ưu đãi người có công với "
                  "cách mạng số 02/2020/UBTVQH14;");
    ASSERT_EQ(r.size(), 4u);
    EXPECT_EQ(r[0].number_symbol, "77/2015/QH13");
    EXPECT_EQ(r[0].issuer, "Quốc hội");
    EXPECT_EQ(r[1].number_symbol, "91/2015/QH13");
    EXPECT_EQ(r[2].number_symbol, "73/2021/QH14");
    EXPECT_EQ(r[3].number_symbol, "02/2020/UBTVQH14");
    EXPECT_EQ(r[3].issuer, "Ủy ban Thường vụ Quốc hội");

    auto nq = refs("Thực hiện Nghị quyết về tổ chức chính quyền đô thị số 97/2019/QH14 và Nghị quyết 55/2022/QH15.");
    ASSERT_EQ(nq.size(), 2u);
    EXPECT_EQ(nq[0].number_symbol, "97/2019/QH14");
    EXPECT_EQ(nq[0].doc_type, "NQ");
    EXPECT_EQ(nq[0].issuer, "Quốc hội");
    EXPECT_EQ(nq[1].number_symbol, "55/2022/QH15");

    // Marks lost and the number wrapped onto the next line (OCR, text PDF).
    auto ocr = refs("Can cu Luat Dat dai so\n31/2024/QH15 ngay 18/01/2024;");
    ASSERT_EQ(ocr.size(), 1u);
    EXPECT_EQ(ocr[0].number_symbol, "31/2024/QH15");
    EXPECT_EQ(ocr[0].date, "2024-01-18");
}

TEST(References, ANameIsNotFollowedPastItsClause) {
    // A resolution of a local council after a Party resolution's name is that council's, cited by its own type;
    // "pháp luật" is the law at large; a name ends at ";" and at the next type name.
    auto r = refs("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII; Quyết định số 12/QĐ-UBND. "
                  "Theo quy định của pháp luật số liệu phải công khai. Luật Đầu tư công; Kế hoạch số 5/KH-UBND.");
    ASSERT_EQ(r.size(), 2u);
    EXPECT_EQ(r[0].number_symbol, "12/QĐ-UBND");
    EXPECT_EQ(r[1].number_symbol, "5/KH-UBND");
    // A Nghị quyết's name followed by another body's symbol is not that symbol's document.
    EXPECT_TRUE(refs("Nghị quyết của Ban Chấp hành về nhiệm vụ năm 2025, số 10 xã đạt chuẩn.").empty());
}

// Joint documents carry every signing body's code in their symbol: the symbol is
// read whole, and its bodies are the issuer when no "của" names them.
TEST(References, JointResolutionsAndCircularsWithLongSymbols) {
    auto r = refs("Căn cứ Nghị quyết liên tịch số 09/2008/NQLT-CP-UBTƯMTTQVN ngày 17/4/2008 hướng dẫn thi hành; "
                  "Thông tư liên tịch số 14/2015/TTLT-BTNMT-BNV-BTC ngày 04/4/2015 hướng dẫn chức năng; "
                  "Thông tư liên tịch số 7/2016/TTLT-BXX-BNV ngày 2/3/2016.");
    ASSERT_EQ(r.size(), 3u);
    EXPECT_EQ(r[0].number_symbol, "09/2008/NQLT-CP-UBTƯMTTQVN");
    EXPECT_EQ(r[0].doc_type, "NQLT");
    EXPECT_EQ(r[0].date, "2008-04-17");
    EXPECT_EQ(r[0].issuer, "Chính phủ, Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam");
    EXPECT_EQ(r[1].number_symbol, "14/2015/TTLT-BTNMT-BNV-BTC");
    EXPECT_EQ(r[1].doc_type, "TTLT");
    EXPECT_EQ(r[1].issuer, "Bộ Tài nguyên và Môi trường, Bộ Nội vụ, Bộ Tài chính");
    // A code not known: no issuer rather than a partial one.
    EXPECT_EQ(r[2].number_symbol, "7/2016/TTLT-BXX-BNV");
    EXPECT_EQ(r[2].issuer, "");
}

TEST(References, NotReferences) {
    EXPECT_TRUE(refs("Quyết định này có hiệu lực kể từ ngày ký. Báo cáo số liệu 9 tháng, bão số 3.").empty());
}

}  // namespace
}  // namespace vbtrack
