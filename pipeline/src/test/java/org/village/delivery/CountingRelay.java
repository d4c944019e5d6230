package org.village.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a test's SMTP server that counts the connections made to it: how often the application
 * tried the server, counted outside the application. Loopback only; it stops when closed.
 */
final class CountingRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();

    CountingRelay(int port, int serverPort) {
        try {
            listener = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket client = listener.accept();
                    connections.incrementAndGet();
                    Socket server = new Socket(InetAddress.getLoopbackAddress(), serverPort);
                    pipe(client, server);
                    pipe(server, client);
                }
                catch (IOException e) {
                    // The listener was closed, or one side hung up: nothing left to relay.
                }
            }
        }, "counting-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int connections() {
        return connections.get();
    }

    private static void pipe(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            }
            catch (IOException e) {
                // One side hung up.
            }
            finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "counting-relay-pipe");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        }
        catch (IOException e) {
            // Already closed by the other direction.
        }
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }
}
