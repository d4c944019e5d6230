package org.village.cli;

import java.sql.Connection;
import java.sql.DriverManager;

/**
 * A second process holding a work folder's H2 database, as a run in progress does: opens it, says "held", and keeps
 * it open until its standard input closes.
 */
public final class HoldDatabase {

    private HoldDatabase() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            System.out.println("held");
            System.out.flush();
            while (System.in.read() >= 0) {
                // Held until the test closes the pipe.
            }
        }
    }
}
