// Runs a Spring Boot project's executable jar (target/app.jar) as a process and talks HTTP to it. Shared by the
// verify scripts of the Spring Boot projects: def app = evaluate(new File(itSupport, 'springapp.groovy'));
// then app.start(name, args), app.portOf(started), app.stop(started), app.http(port, method, path, json, user).
import groovy.json.JsonSlurper

String java = new File(System.getProperty('java.home'), 'bin/java').absolutePath
File jar = new File(basedir, 'target/app.jar')
assert jar.isFile(): 'no executable jar at ' + jar

/** Starts the jar on a free port; returns the process and its log file, target/<name>.log. */
def start = { String name, List<String> args ->
    File log = new File(basedir, "target/${name}.log")
    Process process = new ProcessBuilder([java, '-jar', jar.absolutePath, '--server.port=0'] + args)
            .directory(basedir).redirectErrorStream(true).redirectOutput(log).start()
    [process: process, log: log]
}

/** Waits for the port the application listens on, or for its end; bounded, so a hung start fails the build. */
def portOf = { Map app ->
    for (int i = 0; i < 600; i++) {
        def found = app.log.text =~ /Tomcat started on port (\d+)/
        if (found.find()) {
            return found.group(1) as int
        }
        assert app.process.alive: 'the application stopped while starting:\n' + app.log.text
        Thread.sleep(500)
    }
    app.process.destroyForcibly()
    assert false: 'the application did not start:\n' + app.log.text
}

def stop = { Map app ->
    app.process.destroy()
    assert app.process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS): 'the application did not stop'
}

/** One HTTP exchange: [status, parsed JSON body, or the body as text when it is not JSON]. */
def http = { int port, String method, String path, String json = null, String user = null ->
    HttpURLConnection connection = new URL("http://127.0.0.1:${port}${path}").openConnection()
    connection.requestMethod = method
    if (user != null) {
        connection.setRequestProperty('Authorization', 'Basic ' + user.bytes.encodeBase64().toString())
    }
    if (json != null) {
        connection.doOutput = true
        connection.setRequestProperty('Content-Type', 'application/json')
        connection.outputStream.withWriter('UTF-8') { it << json }
    }
    int status = connection.responseCode
    String body = (status < 400 ? connection.inputStream : connection.errorStream)?.getText('UTF-8')
    // An unmapped path answers an HTML error page.
    boolean isJson = connection.contentType?.contains('json')
    [status, body && isJson ? new JsonSlurper().parseText(body) : body]
}

return [start: start, portOf: portOf, stop: stop, http: http]
