package org.village.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Properties;

import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Whether the mail server settings would send the SMTP password across a network in clear text. They do unless the
 * connection is SMTPS ({@code spring.mail.protocol=smtps} or {@code mail.smtp.ssl.enable}) or STARTTLS is required
 * ({@code mail.smtp.starttls.required}): with {@code starttls.enable} alone, a server that does not offer STARTTLS,
 * or anyone between that strips the offer, gets the password in clear. Without a username no password is sent, and
 * to this machine itself ({@code localhost}, 127.0.0.0/8, ::1) it crosses no network: both are fine, which is what
 * the demo and the tests use.
 */
final class PlaintextLogin {

    private PlaintextLogin() {
    }

    /** The host the password would go to in clear text, or null when it would not. */
    static String exposedTo(JavaMailSenderImpl sender) {
        if (sender.getUsername() == null || sender.getUsername().isEmpty()) {
            return null;
        }
        String protocol = sender.getProtocol() == null ? "smtp" : sender.getProtocol().toLowerCase(Locale.ROOT);
        Properties properties = sender.getJavaMailProperties();
        boolean encrypted = protocol.equals("smtps")
                || Boolean.parseBoolean(properties.getProperty("mail." + protocol + ".ssl.enable"))
                || Boolean.parseBoolean(properties.getProperty("mail." + protocol + ".starttls.required"));
        return encrypted || isThisMachine(sender.getHost()) ? null : sender.getHost();
    }

    /** By name or address literal only: looking a name up would trust whatever the resolver answers. */
    static boolean isThisMachine(String host) {
        if (host == null) {
            return true;
        }
        String name = host.strip();
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!name.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
            return false;
        }
        try {
            return InetAddress.getByName(name).isLoopbackAddress();
        }
        catch (UnknownHostException e) {
            return false;
        }
    }
}
