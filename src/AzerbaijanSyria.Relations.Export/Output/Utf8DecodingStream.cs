using System.Text;

namespace AzerbaijanSyria.Relations.Export;

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it and hands the characters to a sink, a
/// character split across two writes kept whole: how <see cref="System.Text.Json.Utf8JsonWriter"/>'s
/// output reaches a <see cref="TextWriter"/> (<see cref="ResultWriter"/>) or a site page.
/// </summary>
internal sealed class Utf8DecodingStream(Action<char[], int> sink) : Stream
{
    private readonly Decoder decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var chars = new char[decoder.GetCharCount(buffer, flush: false)];
        var written = decoder.GetChars(buffer, chars, flush: false);
        sink(chars, written);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
