using System;
using System.Runtime.InteropServices;

namespace Copydesk.Cli.Input;

/// <summary>
/// Tells regular files from the other things a path can name on Unix — character and block devices, named pipes and
/// sockets — before a file is opened: opening a named pipe with no writer blocks forever, and a device such as
/// <c>/dev/zero</c> or <c>/dev/urandom</c> never ends. Such inputs are reported instead of read.
/// </summary>
/// <remarks>
/// The file type comes from <c>stat(2)</c> through the .NET runtime's own native shim (<c>SystemNative_Stat</c>, what
/// <see cref="System.IO.File"/> uses), whose status starts with the flags and the mode on every Unix. Where the shim
/// cannot be called, and on Windows, every path counts as a regular file and the size cap still bounds what is read.
/// </remarks>
public static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int NamedPipe = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int Directory = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularFile = 0x8000;
    private const int Socket = 0xC000;

    /// <summary>
    /// Why <paramref name="path"/> is not a file to read, in the words of a <c>cannot read the file: …</c> message, such as
    /// <c>it is a character device, not a regular file</c>; <see langword="null"/> for a regular file, a folder, a path
    /// that does not exist (reading reports those) or where the type cannot be told.
    /// </summary>
    /// <param name="path">The path, as the user named it; symbolic links are followed.</param>
    public static string? NotARegularFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows() || path.Length == 0)
        {
            return null;
        }

        int mode;
        try
        {
            if (Stat(path, out StatusPrefix status) != 0)
            {
                return null;
            }

            mode = status.Mode;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        string? kind = (mode & TypeMask) switch
        {
            RegularFile or Directory => null,
            NamedPipe => "a named pipe (FIFO)",
            CharacterDevice => "a character device",
            BlockDevice => "a block device",
            Socket => "a socket",
            _ => "not a regular file",
        };
        return kind is null ? null : $"it is {kind}, not a regular file";
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out StatusPrefix status);

    // The first fields of the shim's FileStatus; the rest of the structure is room the shim writes into.
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct StatusPrefix
    {
        public int Flags;
        public int Mode;
    }
}
