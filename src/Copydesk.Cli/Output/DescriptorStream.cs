using System;
using System.IO;
using System.Runtime.InteropServices;

namespace Copydesk.Cli.Output;

/// <summary>
/// A write-only stream over a Unix file descriptor that writes with write(2) at the descriptor's own offset (so two
/// descriptors sharing a file, or a file opened for appending, behave as they do for any program), retries after a
/// signal or a partial write, and turns every other failure (a closed pipe, a full disk, a closed descriptor) into an
/// <see cref="IOException"/> with the system's message.
/// </summary>
public sealed class DescriptorStream : Stream
{
    private const int Interrupted = 4; // EINTR

    private readonly int descriptor;

    /// <summary>Writes to <paramref name="descriptor"/>, which it does not close.</summary>
    public DescriptorStream(int descriptor) => this.descriptor = descriptor;

    /// <inheritdoc />
    public override bool CanRead => false;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => true;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc />
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            nint written = WriteBytes(descriptor, ref MemoryMarshal.GetReference(buffer), buffer.Length);
            if (written < 0)
            {
                int error = Marshal.GetLastPInvokeError();
                if (error == Interrupted)
                {
                    continue;
                }

                throw new IOException(Marshal.GetPInvokeErrorMessage(error));
            }

            buffer = buffer[(int)written..];
        }
    }

    // DllImport rather than LibraryImport: the signature is blittable, so no generated marshalling or unsafe code is needed.
    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint WriteBytes(int descriptor, ref byte buffer, nint count);
}
