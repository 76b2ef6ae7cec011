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
package se.westum.consortium.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source that counts what the adapter does with it: connections borrowed and given back,
 * statements sent to the database (round trips) and rows added to batches.
 */
final class CountingDataSource implements DataSource {

  private static final Set<String> EXECUTIONS =
      Set.of(
          "execute",
          "executeQuery",
          "executeUpdate",
          "executeLargeUpdate",
          "executeBatch",
          "executeLargeBatch");

  private final DataSource target;
  private final AtomicInteger borrowed = new AtomicInteger();
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger roundTrips = new AtomicInteger();
  private final AtomicInteger batchedRows = new AtomicInteger();

  CountingDataSource(DataSource target) {
    this.target = target;
  }

  /** Starts counting afresh (connections still open stay counted as open). */
  void reset() {
    borrowed.set(0);
    roundTrips.set(0);
    batchedRows.set(0);
  }

  /** Connections borrowed since the last reset. */
  int borrowed() {
    return borrowed.get();
  }

  /** Connections borrowed and not yet given back. */
  int open() {
    return open.get();
  }

  /** Statements executed (a batch counts once) since the last reset. */
  int roundTrips() {
    return roundTrips.get();
  }

  /** Rows added to batches since the last reset. */
  int batchedRows() {
    return batchedRows.get();
  }

  @Override
  public Connection getConnection() throws SQLException {
    return counted(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return counted(target.getConnection(username, password));
  }

  private Connection counted(Connection connection) {
    borrowed.incrementAndGet();
    open.incrementAndGet();
    boolean[] closed = {false};
    return proxy(
        Connection.class,
        connection,
        (method, args) -> {
          if (method.getName().equals("close") && !closed[0]) {
            closed[0] = true;
            open.decrementAndGet();
          }
          Object result = invoke(connection, method, args);
          if (result instanceof CallableStatement statement) {
            return countedStatement(CallableStatement.class, statement);
          }
          if (result instanceof PreparedStatement statement) {
            return countedStatement(PreparedStatement.class, statement);
          }
          if (result instanceof Statement statement) {
            return countedStatement(Statement.class, statement);
          }
          return result;
        });
  }

  private <S extends Statement> S countedStatement(Class<S> type, S statement) {
    return proxy(
        type,
        statement,
        (method, args) -> {
          if (EXECUTIONS.contains(method.getName())) {
            roundTrips.incrementAndGet();
          } else if (method.getName().equals("addBatch")) {
            batchedRows.incrementAndGet();
          }
          return invoke(statement, method, args);
        });
  }

  private interface Call {
    Object on(Method method, Object[] args) throws Throwable;
  }

  private static <T> T proxy(Class<T> type, T target, Call call) {
    return type.cast(
        Proxy.newProxyInstance(
            CountingDataSource.class.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> call.on(method, args)));
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
