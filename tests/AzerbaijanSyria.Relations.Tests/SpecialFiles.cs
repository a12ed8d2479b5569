using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace AzerbaijanSyria.Relations.Tests;

/// <summary>
/// Things in a file system that are not regular files, made where a test wants them: a FIFO, a Unix
/// socket, a symbolic link. (A device is never made; tests use <c>/dev/null</c> only to see it refused.)
/// </summary>
internal static class SpecialFiles
{
    public const string Fifo = "fifo";
    public const string Socket = "socket";
    public const string Link = "symlink";

    /// <summary>Makes a <paramref name="kind"/> at <paramref name="path"/>; a link points at <paramref name="linkTarget"/>. Dispose the result to close a socket.</summary>
    public static IDisposable Make(string kind, string path, string linkTarget)
    {
        switch (kind)
        {
            case Fifo:
                Assert.Equal(0, MakeFifo(path, Convert.ToUInt32("644", 8)));
                return new Nothing();
            case Socket:
                var socket = new System.Net.Sockets.Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                socket.Bind(new UnixDomainSocketEndPoint(path));
                return socket;
            case Link:
                File.CreateSymbolicLink(path, linkTarget);
                return new Nothing();
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "fifo, socket or symlink");
        }
    }

    /// <summary>The kind <see cref="Make"/> leaves at the path, as the library names it.</summary>
    public static FileKind KindOf(string kind) => kind switch
    {
        Fifo => FileKind.Fifo,
        Socket => FileKind.Socket,
        _ => FileKind.SymbolicLink,
    };

    /// <summary>
    /// Runs <paramref name="work"/>, which must not wait on the FIFO at <paramref name="fifo"/>: if it is
    /// still running after a while, the FIFO's other end is opened so that it ends, and the test fails.
    /// </summary>
    public static T WithoutWaitingOn<T>(string fifo, Func<T> work)
    {
        var task = Task.Run(work);
        if (!task.Wait(TimeSpan.FromSeconds(30)))
        {
            using (new FileStream(fifo, FileMode.Open, FileAccess.Write))
            {
            }

            task.Wait(TimeSpan.FromSeconds(30));
            Assert.Fail($"the work waited on the FIFO {fifo}");
        }

        return task.Result;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MakeFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

    private sealed class Nothing : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
