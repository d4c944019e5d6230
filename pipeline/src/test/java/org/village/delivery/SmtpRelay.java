package org.village.delivery;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay in front of a test's SMTP server. It counts the connections made to it (how often the application tried
 * the server, counted outside the application), and answers {@code RCPT TO} for the addresses it is told to refuse
 * with {@code 550} itself, as a real server does for a mailbox that does not exist, which GreenMail cannot be made to
 * do. Loopback only; it stops when closed.
 */
final class SmtpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final AtomicInteger connections = new AtomicInteger();
    private final Set<String> refused;

    SmtpRelay(int port, int serverPort, Set<String> refusedRecipients) {
        this.refused = refusedRecipients;
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
                    commands(client, server);
                    pipe(server, client);
                }
                catch (IOException e) {
                    // The listener was closed, or one side hung up: nothing left to relay.
                }
            }
        }, "smtp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int connections() {
        return connections.get();
    }

    /**
     * The client's side, line by line: SMTP without pipelining waits for each reply, so a refusal written here never
     * interleaves with the server's replies.
     */
    private void commands(Socket client, Socket server) {
        Thread thread = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(),
                    StandardCharsets.ISO_8859_1)); OutputStream toServer = server.getOutputStream();
                    OutputStream toClient = client.getOutputStream()) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    String address = refusedRecipient(line);
                    if (address != null) {
                        toClient.write(("550 5.1.1 <" + address + ">: no such user here\r\n")
                                .getBytes(StandardCharsets.ISO_8859_1));
                        toClient.flush();
                    }
                    else {
                        toServer.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        toServer.flush();
                    }
                }
            }
            catch (IOException e) {
                // One side hung up.
            }
            finally {
                closeQuietly(client);
                closeQuietly(server);
            }
        }, "smtp-relay-commands");
        thread.setDaemon(true);
        thread.start();
    }

    private String refusedRecipient(String line) {
        if (!line.regionMatches(true, 0, "RCPT TO:", 0, 8)) {
            return null;
        }
        return refused.stream().filter(address -> line.toLowerCase(Locale.ROOT).contains(address)).findFirst()
                .orElse(null);
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
        }, "smtp-relay-pipe");
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
