using BiasCompanion.Host.Coverage.KeyPoints;

namespace BiasCompanion.Tests.Coverage.KeyPoints;

public class SentenceSplitterTests
{
    [Fact]
    public void Abbreviations_initials_and_acronyms_do_not_end_a_sentence()
    {
        var sentences = SentenceSplitter.Split(
            "Mr. Smith met Gen. Jones in the U.S. capital on Jan. 5 at 9 a.m. local time. J. K. Rowling was not there. The talks ended.");

        Assert.Equal(
        [
            "Mr. Smith met Gen. Jones in the U.S. capital on Jan. 5 at 9 a.m. local time.",
            "J. K. Rowling was not there.",
            "The talks ended.",
        ], sentences);
    }

    [Fact]
    public void Numbers_with_points_and_commas_stay_whole()
    {
        var sentences = SentenceSplitter.Split("Growth was 3.5 percent, or $1,200.50 per head. Prices rose 2.1% in May.");

        Assert.Equal(["Growth was 3.5 percent, or $1,200.50 per head.", "Prices rose 2.1% in May."], sentences);
    }

    [Fact]
    public void Closing_quotes_stay_with_their_sentence_and_a_quote_ending_mid_sentence_does_not_split()
    {
        var sentences = SentenceSplitter.Split(
            "\"We will not back down,\" the minister said. \"Is it over?\" he asked. She replied: \"It is.\" Then she left!");

        Assert.Equal(
        [
            "\"We will not back down,\" the minister said.",
            "\"Is it over?\" he asked.",
            "She replied: \"It is.\"",
            "Then she left!",
        ], sentences);
    }

    [Fact]
    public void A_quotation_of_several_sentences_stays_inside_its_sentence()
    {
        var sentences = SentenceSplitter.Split(
            "Women held placards that read \"Mrs. Merkel: Where are you? This worries us!\" during a protest. Police watched.");

        Assert.Equal(["Women held placards that read \"Mrs. Merkel: Where are you? This worries us!\" during a protest.", "Police watched."], sentences);
    }

    [Fact]
    public void Line_breaks_end_sentences_and_the_count_is_bounded()
    {
        Assert.Equal(["A headline without a stop", "The first paragraph."], SentenceSplitter.Split("A headline without a stop\n\nThe first paragraph."));
        Assert.Equal(2, SentenceSplitter.Split("One. Two. Three. Four.", maxSentences: 2).Count);
        Assert.Empty(SentenceSplitter.Split("   "));
        Assert.Empty(SentenceSplitter.Split(null));
    }
}
