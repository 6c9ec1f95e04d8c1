using System.Text;
using Dashboard.Core.Format;
using Dashboard.Core.Tests.TestData;

namespace Dashboard.Core.Tests.Format;

public class EncodingTests
{
    [Fact]
    public void Crlf_line_endings_are_accepted_and_written_back_as_lf()
    {
        var post = ParseAssert.Accepts(Samples.Text.Replace("\n", "\r\n"));

        Assert.Equal(Samples.Text, PostWriter.Write(post));
    }

    [Fact]
    public void Lone_cr_line_endings_are_accepted_like_lf()
    {
        var post = ParseAssert.Accepts(Samples.Text.Replace("\n", "\r"));

        Assert.Equal(Samples.Text, PostWriter.Write(post));
    }

    [Fact]
    public void Crlf_error_line_numbers_count_each_pair_as_one_line()
    {
        var text = Samples.ReplaceLine(Samples.Text, "  • quality: ", "  • quality: high");
        var line = Samples.LineOf(text, "  • quality: ");

        var errors = ParseAssert.Rejects(text.Replace("\n", "\r\n"));

        ParseAssert.Single(errors, line, "quality");
    }

    [Fact]
    public void Byte_order_mark_is_stripped_from_bytes()
    {
        var post = ParseAssert.Accepts([0xEF, 0xBB, 0xBF, .. Samples.Bytes]);

        Assert.Equal("production checklist for documenting production defaults in python services", post.Title);
        Assert.Equal(Samples.Bytes, PostWriter.WriteUtf8(post));
    }

    [Fact]
    public void Byte_order_marks_are_stripped_from_text_even_when_repeated()
    {
        var post = ParseAssert.Accepts("\uFEFF\uFEFF" + Samples.Text);

        Assert.Equal(Samples.Text, PostWriter.Write(post));
    }

    [Fact]
    public void A_final_newline_is_accepted_and_not_written()
    {
        var post = ParseAssert.Accepts(Samples.Text + "\n\n");

        Assert.Equal(Samples.Text, PostWriter.Write(post));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    public void Empty_file_is_rejected(byte[] bytes)
    {
        var errors = ParseAssert.Rejects(bytes);

        ParseAssert.Single(errors, 1, "file is empty");
    }

    [Fact]
    public void File_of_blank_lines_is_rejected_as_empty()
    {
        var errors = ParseAssert.Rejects(" \n\t\n\r\n");

        ParseAssert.Single(errors, 1, "file is empty");
    }

    [Fact]
    public void Nul_byte_is_rejected_as_not_text_with_its_line()
    {
        var bytes = Encoding.UTF8.GetBytes(Samples.Text.Replace("production checks", "production\0checks"));

        var errors = ParseAssert.Rejects(bytes);

        ParseAssert.Single(errors, Samples.LineOf(Samples.Text, "production checks"), "not a UTF-8 text file", "NUL");
    }

    [Fact]
    public void Invalid_utf8_is_rejected_as_not_text_with_its_line()
    {
        var text = Samples.Text.Replace("final notes", "final café notes");
        var bytes = Encoding.Latin1.GetBytes(text);

        var errors = ParseAssert.Rejects(bytes);

        ParseAssert.Single(errors, Samples.LineOf(text, "final café notes"), "not a UTF-8 text file", "0xE9");
    }

    [Fact]
    public void Binary_file_is_rejected_as_not_text()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var errors = ParseAssert.Rejects(png);

        ParseAssert.Single(errors, 1, "not a UTF-8 text file");
    }

    [Fact]
    public void Unpaired_surrogate_in_text_is_rejected_as_not_text()
    {
        var errors = ParseAssert.Rejects(Samples.Text.Replace("final notes", "final \uD800 notes"));

        ParseAssert.Single(errors, Samples.LineOf(Samples.Text, "final notes"), "not a UTF-8 text file");
    }

    [Fact]
    public void Non_ascii_text_round_trips()
    {
        var text = Samples.Text
            .Replace("production checks", "contrôles de production — 日本語 🚀")
            .Replace("topicdocumenting", "topicdocuménting");

        var post = ParseAssert.Accepts(Encoding.UTF8.GetBytes(text));

        Assert.Equal("contrôles de production — 日本語 🚀", post.Body.OfType<Heading>().First().Text);
        Assert.Equal(text, PostWriter.Write(post));
    }

    [Fact]
    public void Stream_larger_than_the_limit_is_rejected_without_reading_it_all()
    {
        var result = PostParser.Parse(new MemoryStream(new byte[PostParser.MaxStreamBytes + 10]));

        ParseAssert.Single(result.Errors, 1, "larger than 16 MiB");
    }
}
