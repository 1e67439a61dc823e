// The tone confusions of Tesseract's Vietnamese model (ToneConfusionModel):
// P(tone read | true tone) from counts, smoothed so that an unseen confusion is
// rare but possible, and the learned table compiled into the library.
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

#include "normalizers/diacritics/confusion_table.hpp"
#include "normalizers/diacritics/tone_confusion_model.hpp"

namespace vbtrack::diacritics {
namespace {

TEST(ToneConfusions, ProbabilitiesAreSmoothedCountsOfEachTrueTone) {
    const auto model = ToneConfusionModel::parse("# comment\ntone\thook\thook\t95\ntone\thook\tacute\t5\n");
    // Each of the six cells of a true tone gets 0.5 more: 95.5 and 5.5 of 103.
    EXPECT_NEAR(model.log10_read_as(Tone::hook, Tone::hook), std::log10(95.5 / 103), 1e-5);
    EXPECT_NEAR(model.log10_read_as(Tone::hook, Tone::acute), std::log10(5.5 / 103), 1e-5);
    EXPECT_NEAR(model.log10_read_as(Tone::hook, Tone::dot), std::log10(0.5 / 103), 1e-5);
    // A tone never counted: every reading alike.
    EXPECT_NEAR(model.log10_read_as(Tone::grave, Tone::none), std::log10(1.0 / 6), 1e-5);
}

TEST(ToneConfusions, AMalformedTableIsAnError) {
    EXPECT_THROW(ToneConfusionModel::parse("tone\thook\tacute\n"), std::runtime_error);
    EXPECT_THROW(ToneConfusionModel::parse("tone\thook\tcircumflex\t3\n"), std::runtime_error);
    EXPECT_THROW(ToneConfusionModel::parse("char\ta\tb\t3\n"), std::runtime_error);
    EXPECT_THROW(ToneConfusionModel::parse("tone\thook\tacute\tmany\n"), std::runtime_error);
}

TEST(ToneConfusions, TheLearnedTableIsCompiledInAndAsymmetric) {
    const auto model = ToneConfusionModel::parse(learned_tone_confusion_table());
    // The vie model reads the hook above as the acute far more often than the
    // acute as the hook (tools/ocr_confusions/make_tone_confusions.py).
    EXPECT_GT(model.log10_read_as(Tone::hook, Tone::acute), model.log10_read_as(Tone::acute, Tone::hook) + 0.5f);
    // Each true tone is read as itself most of the time.
    for (int t = 0; t < kToneCount; ++t)
        EXPECT_GT(model.log10_read_as(static_cast<Tone>(t), static_cast<Tone>(t)), std::log10(0.9f)) << t;
}

}  // namespace
}  // namespace vbtrack::diacritics
