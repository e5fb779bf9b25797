// out.c: every subcommand's standard output, written whole lines at a time
// with write(2) and checked; the SIGINT/SIGTERM flag.
#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

// Complete lines are collected up to this many bytes and written with one
// write(2): PIPE_BUF on Linux, so a write to a pipe is atomic too. A longer
// line is written alone, with one write(2) unless the kernel takes less.
// On a terminal every complete line goes out at once.
#define CHUNK 4096

static dyad_buf buf;  // cli_out_of_memory below writes its whole lines
static int out_errno;        // the first failed write's errno, 0 while none
static int out_reported;     // the failure was printed
static int out_tty = -1;     // stdout is a terminal: lines go out at once

static void reserve(size_t extra)
{
    if (buf.n + extra <= buf.cap) return;
    size_t cap = buf.cap ? buf.cap : 2 * CHUNK;
    while (cap < buf.n + extra) cap *= 2;
    char *p = realloc(buf.p, cap);
    if (!p) {
        char msg[96];
        snprintf(msg, sizeof msg, "out of memory allocating %zu bytes for the output buffer",
                 cap);
        cli_out_of_memory(NULL, cap, msg);
    }
    buf.p = p;
    buf.cap = cap;
}

// Write p[0..n) to stdout, looping on short writes and EINTR; 0, or -1
// with out_errno set.
static int write_all(const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(STDOUT_FILENO, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            out_errno = errno;
            return -1;
        }
        if (w == 0) {
            out_errno = EIO;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

// Write the first n bytes of the buffer and keep the rest.
static int drain(size_t n)
{
    int rc = write_all(buf.p, n);
    memmove(buf.p, buf.p + n, buf.n - n);
    buf.n -= n;
    if (rc < 0) buf.n = 0;  // nothing more reaches the file
    return rc;
}

dyad_buf *cli_out_buf(void)
{
    return &buf;
}

int cli_out_commit(void)
{
    if (out_errno) {
        buf.n = 0;
        return -1;
    }
    if (out_tty < 0) out_tty = isatty(STDOUT_FILENO);
    if (buf.n < CHUNK && !out_tty) return 0;
    size_t end = buf.n;
    while (end > 0 && buf.p[end - 1] != '\n') end--;
    if (!end) return 0;  // one line, not complete yet
    return drain(end);
}

void cli_printf(const char *fmt, ...)
{
    if (out_errno) return;
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int need = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (need < 0) return;
    reserve((size_t)need + 1);
    if ((size_t)need < sizeof small) memcpy(buf.p + buf.n, small, (size_t)need);
    else {
        va_start(ap, fmt);
        vsnprintf(buf.p + buf.n, (size_t)need + 1, fmt, ap);
        va_end(ap);
    }
    buf.n += (size_t)need;
    cli_out_commit();
}

void cli_puts(const char *s)
{
    cli_printf("%s\n", s);
}

bool cli_out_failed(void)
{
    return out_errno != 0;
}

int cli_out_flush(void)
{
    if (out_errno) return -1;
    return buf.n ? drain(buf.n) : 0;
}

void cli_out_report(const char *prog)
{
    if (!out_errno || out_reported) return;
    out_reported = 1;
    fprintf(stderr, "%s: cannot write stdout: %s\n", prog, strerror(out_errno));
}

int cli_out_close(const char *prog)
{
    cli_out_flush();
    free(buf.p);
    buf = (dyad_buf){0};
    // what went through stdio (help texts)
    errno = 0;
    if ((fflush(stdout) == EOF || ferror(stdout)) && !out_errno) out_errno = errno ? errno : EIO;
    if (fclose(stdout) == EOF && !out_errno) out_errno = errno ? errno : EIO;
    cli_out_report(prog);
    return out_errno ? 1 : 0;
}

static char tmp_path[4200];  // -o: the file being written, "" when none
static char final_path[4096];

int cli_out_to_file(const char *prog, const char *path)
{
    if (strlen(path) >= sizeof final_path) {
        fprintf(stderr, "%s: output file name too long: %s\n", prog, path);
        return -1;
    }
    snprintf(tmp_path, sizeof tmp_path, "%s.tmp-%ld", path, (long)getpid());
    int fd = open(tmp_path, O_WRONLY | O_CREAT | O_TRUNC, 0666);
    if (fd < 0) {
        fprintf(stderr, "%s: cannot write %s: %s\n", prog, tmp_path, strerror(errno));
        tmp_path[0] = 0;
        return -1;
    }
    fflush(stdout);
    if (dup2(fd, STDOUT_FILENO) < 0) {
        fprintf(stderr, "%s: cannot write %s: %s\n", prog, tmp_path, strerror(errno));
        close(fd);
        unlink(tmp_path);
        tmp_path[0] = 0;
        return -1;
    }
    close(fd);
    snprintf(final_path, sizeof final_path, "%s", path);
    out_tty = 0;
    return 0;
}

int cli_out_file_done(const char *prog, bool keep)
{
    if (!tmp_path[0]) return 0;
    cli_out_flush();
    int rc = 0;
    if (keep && !out_errno && fsync(STDOUT_FILENO) < 0 && errno != EINVAL) out_errno = errno;
    if (keep && !out_errno) {
        if (rename(tmp_path, final_path) < 0) {
            fprintf(stderr, "%s: cannot rename %s to %s: %s\n", prog, tmp_path, final_path,
                    strerror(errno));
            rc = -1;
        }
    } else {
        rc = keep ? -1 : 0;
    }
    if (rc < 0 || !keep) unlink(tmp_path);
    if (keep && out_errno) {
        cli_out_report(prog);
        fprintf(stderr, "%s: %s was not written\n", prog, final_path);
    }
    tmp_path[0] = 0;
    return rc;
}

void cli_out_of_memory(void *ctx, size_t bytes, const char *message)
{
    // one thread reports; another one running out too waits for the exit
    static atomic_flag once = ATOMIC_FLAG_INIT;
    if (atomic_flag_test_and_set(&once))
        for (;;) pause();
    if (!out_errno) {   // whole lines only: the last one may be cut
        size_t end = buf.n;
        while (end > 0 && buf.p[end - 1] != '\n') end--;
        if (end) write_all(buf.p, end);
    }
    char line[768];
    int n = snprintf(line, sizeof line, "dyad: %s\n", message);
    if (n > (int)sizeof line - 1) n = (int)sizeof line - 1;
    if (n > 0 && write(STDERR_FILENO, line, (size_t)n) < 0) n = 0;
    if (tmp_path[0]) unlink(tmp_path);  // -o FILE stays as it was
    _exit(1);
}

// ---------------------------------------------------------------- signals

static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
    stop_signal = sig;
}

void cli_catch_signals(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    // Reads and writes go on after the signal; the flag is looked at between
    // records. A second signal finds the default action and ends the process
    // at once (for a read blocked on a terminal). Installed even where the
    // shell ignored SIGINT for a background job, so that `kill -INT` stops
    // such a run cleanly too.
    sa.sa_flags = SA_RESTART | SA_RESETHAND;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
}

int cli_stop_signal(void)
{
    return stop_signal;
}

void cli_buf_add(dyad_buf *b, const char *s, size_t n, const char *what)
{
    if (b->n + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->n + n + 1) cap *= 2;
        char *p = realloc(b->p, cap);
        if (!p) cli_out_of_memory(NULL, cap, what);
        b->p = p;
        b->cap = cap;
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}
