/*
 * Copyright 2026 the consortium library authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except
 * in compliance with the License. You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software distributed under the License
 * is distributed on an "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
 * or implied. See the License for the specific language governing permissions and limitations under
 * the License.
 */
package se.westum.consortium.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback TCP proxy in front of a database server that a test can pause: paused, it accepts
 * connections and keeps every socket open but relays no byte either way, like a hung database or a
 * dead network path; resumed, it relays again. It counts the connections open to the database.
 */
final class PausableProxy implements AutoCloseable {

  private final ServerSocket listener;
  private final String targetHost;
  private final int targetPort;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger mostOpen = new AtomicInteger();
  private volatile boolean paused;
  private volatile boolean closed;

  PausableProxy(String targetHost, int targetPort) throws IOException {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.listener = new ServerSocket(0, 200, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "proxy-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return listener.getLocalPort();
  }

  void pause() {
    paused = true;
  }

  void resume() {
    paused = false;
  }

  /** How many connections to the database are open now. */
  int open() {
    return open.get();
  }

  /** The most connections to the database that were open at once since {@link #resetMost}. */
  int mostOpen() {
    return mostOpen.get();
  }

  void resetMost() {
    mostOpen.set(open.get());
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = listener.accept();
        sockets.add(client);
        Thread connect = new Thread(() -> connect(client), "proxy-connect");
        connect.setDaemon(true);
        connect.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void connect(Socket client) {
    try {
      boolean arrivedPaused = paused;
      while (paused && !closed) {
        Thread.sleep(20); // hold the client: it connected, but nothing will answer it
      }
      if (arrivedPaused) {
        // its client gave up long ago: a dead path drops it rather than connect it late
        quietly(client);
        return;
      }
      Socket server = new Socket(targetHost, targetPort);
      sockets.add(server);
      mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
      AtomicBoolean done = new AtomicBoolean();
      Runnable closeBoth =
          () -> {
            if (done.compareAndSet(false, true)) {
              quietly(client);
              quietly(server);
              open.decrementAndGet();
            }
          };
      relay(client, server, closeBoth);
      relay(server, client, closeBoth);
    } catch (IOException | InterruptedException e) {
      quietly(client);
    }
  }

  private void relay(Socket from, Socket to, Runnable closeBoth) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) != -1) {
                  while (paused && !closed) {
                    Thread.sleep(20); // hold the bytes: nothing gets through while paused
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // one side went away: close the other too
              } finally {
                closeBoth.run();
              }
            },
            "proxy-relay");
    thread.setDaemon(true);
    thread.start();
  }

  private static void quietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      listener.close();
    } catch (IOException e) {
      // closing anyway
    }
    sockets.forEach(PausableProxy::quietly);
  }
}
