package dev.quire.render.code;

import static io.noties.prism4j.Prism4j.grammar;
import static io.noties.prism4j.Prism4j.pattern;
import static io.noties.prism4j.Prism4j.token;
import static java.util.regex.Pattern.compile;

import io.noties.prism4j.Prism4j;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Bash (also sh, shell, zsh), ported from Prism.js 1.30 ({@code prism-bash.js}); prism4j has none.
 * Strings and {@code $(…)} command substitutions nest the shell grammar again, as in Prism. One
 * addition: {@code npx} counts as a command, as {@code npm} does.
 */
final class BashGrammar {

    private static final String ENV = "\\b(?:BASH|BASHOPTS|BASH_ALIASES|BASH_ARGC|BASH_ARGV|BASH_CMDS|BASH_COMPLETION_COMPAT_DIR"
            + "|BASH_LINENO|BASH_REMATCH|BASH_SOURCE|BASH_VERSINFO|BASH_VERSION|COLORTERM|COLUMNS|COMP_WORDBREAKS"
            + "|DBUS_SESSION_BUS_ADDRESS|DEFAULTS_PATH|DESKTOP_SESSION|DIRSTACK|DISPLAY|EUID|GDMSESSION|GDM_LANG"
            + "|GNOME_KEYRING_CONTROL|GNOME_KEYRING_PID|GPG_AGENT_INFO|GROUPS|HISTCONTROL|HISTFILE|HISTFILESIZE|HISTSIZE"
            + "|HOME|HOSTNAME|HOSTTYPE|IFS|INSTANCE|JOB|LANG|LANGUAGE|LC_ADDRESS|LC_ALL|LC_IDENTIFICATION|LC_MEASUREMENT"
            + "|LC_MONETARY|LC_NAME|LC_NUMERIC|LC_PAPER|LC_TELEPHONE|LC_TIME|LESSCLOSE|LESSOPEN|LINES|LOGNAME|LS_COLORS"
            + "|MACHTYPE|MAILCHECK|MANDATORY_PATH|NO_AT_BRIDGE|OLDPWD|OPTERR|OPTIND|ORBIT_SOCKETDIR|OSTYPE|PAPERSIZE|PATH"
            + "|PIPESTATUS|PPID|PS1|PS2|PS3|PS4|PWD|RANDOM|REPLY|SECONDS|SELINUX_INIT|SESSION|SESSIONTYPE|SESSION_MANAGER"
            + "|SHELL|SHELLOPTS|SHLVL|SSH_AUTH_SOCK|TERM|UID|UPSTART_EVENTS|UPSTART_INSTANCE|UPSTART_JOB|UPSTART_SESSION"
            + "|USER|WINDOWID|XAUTHORITY|XDG_CONFIG_DIRS|XDG_CURRENT_DESKTOP|XDG_DATA_DIRS|XDG_GREETER_DATA_DIR"
            + "|XDG_MENU_PREFIX|XDG_RUNTIME_DIR|XDG_SEAT|XDG_SEAT_PATH|XDG_SESSION_DESKTOP|XDG_SESSION_ID|XDG_SESSION_PATH"
            + "|XDG_SESSION_TYPE|XDG_VTNR|XMODIFIERS)\\b";

    private static final String COMMANDS = "add|apropos|apt|apt-cache|apt-get|aptitude|aspell|automysqlbackup|awk|basename"
            + "|bash|bc|bconsole|bg|bzip2|cal|cargo|cat|cfdisk|chgrp|chkconfig|chmod|chown|chroot|cksum|clear|cmp|column"
            + "|comm|composer|cp|cron|crontab|csplit|curl|cut|date|dc|dd|ddrescue|debootstrap|df|diff|diff3|dig|dir"
            + "|dircolors|dirname|dirs|dmesg|docker(?:\\s+(?:run|start|stop|restart|kill|rm|pause|unpause|create|exec|ps"
            + "|inspect|top|attach|events|logs|wait|export|port|commit|cp|diff|login|pull|push|search|images|rmi|tag"
            + "|build|history|save|load|import|info|version))?|docker-compose|du|egrep|eject|env|ethtool|expand|expect"
            + "|expr|fdformat|fdisk|fg|fgrep|file|find|fmt|fold|format|free|fsck|ftp|fuser|gawk|git|gparted|grep"
            + "|groupadd|groupdel|groupmod|groups|grub-mkconfig|gzip|halt|head|hg|history|host|hostname|htop|iconv|id"
            + "|ifconfig|ifdown|ifup|import|install|ip|jobs|join|kill|killall|less|link|ln|locate|logname|logrotate"
            + "|look|lpc|lpr|lprint|lprintd|lprintq|lprm|ls|lsof|lynx|make|man|mc|mdadm|mkconfig|mkdir|mke2fs|mkfifo"
            + "|mkfs|mkisofs|mknod|mkswap|mmv|more|most|mount|mtools|mtr|mutt|mv|nano|nc|netstat|nice|nl|node|nohup"
            + "|notify-send|npm|npx|nslookup|op|open|parted|passwd|paste|pathchk|ping|pkill|pnpm|podman|podman-compose"
            + "|popd|pr|printcap|printenv|ps|pushd|pv|quota|quotacheck|quotactl|ram|rar|rcp|reboot|remsync|rename"
            + "|renice|rev|rm|rmdir|rpm|rsync|scp|screen|sdiff|sed|sendmail|seq|service|sftp|sysctl|sh|shellcheck|shuf"
            + "|shutdown|sleep|slocate|sort|split|ssh|stat|strace|su|sudo|sum|suspend|swapon|sync|tac|tail|tar|tee"
            + "|time|timeout|top|touch|tr|traceroute|tsort|tty|umount|uname|unexpand|uniq|units|unrar|unshar|unzip"
            + "|update-grub|uptime|useradd|userdel|usermod|users|uudecode|uuencode|v|vcpkg|vdir|vi|vim|virsh|vmstat"
            + "|wait|watch|wc|wget|whereis|which|who|whoami|write|xargs|xdg-open|yarn|yes|zenity|zip|zsh|zypper";

    private static final String BUILTINS = "\\.|:|alias|bind|break|builtin|caller|cd|command|continue|declare|echo"
            + "|enable|eval|exec|exit|export|getopts|hash|help|let|local|logout|mapfile|printf|pwd|read|readarray"
            + "|readonly|return|set|shift|shopt|source|test|times|trap|type|typeset|ulimit|umask|unalias|unset";

    /** Where a command word may start, and where it must end. */
    private static final String WORD_START = "(^|[\\s;|&]|[<>]\\()";
    private static final String WORD_END = "(?=$|[)\\s;|&])";

    /** The tokens Prism copies into {@code $(…)} command substitutions. */
    private static final Set<String> IN_SUBSTITUTION = Set.of("comment", "function-name", "for-or-select", "assign-left",
            "string", "environment", "function", "keyword", "builtin", "boolean", "file-descriptor", "operator",
            "punctuation", "number");

    private BashGrammar() {
    }

    static Prism4j.Grammar create() {
        List<Prism4j.Token> tokens = new ArrayList<>();
        Prism4j.Grammar bash = grammar("bash", tokens);
        List<Prism4j.Token> substitution = new ArrayList<>();
        substitution.add(token("variable", pattern(compile("^\\$\\(|^`|\\)$|`$"))));

        Prism4j.Token entity = token("entity", pattern(compile(
                "\\\\(?:[abceEfnrtv\\\\\"]|O?[0-7]{1,3}|U[0-9a-fA-F]{8}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{1,2})")));
        Prism4j.Token afterHeredoc = token("bash", pattern(compile("(^([\"']?)\\w+\\2)[ \\t]+\\S.*"), true, false,
                "punctuation", bash));
        Prism4j.Token variable = variable(grammar("inside", substitution));
        Prism4j.Grammar insideString = grammar("inside", afterHeredoc,
                token("environment", pattern(compile("\\$" + ENV), false, false, "constant")), variable, entity);

        tokens.add(token("shebang", pattern(compile("^#!\\s*/.*"), false, false, "important")));
        tokens.add(token("comment", pattern(compile("(^|[^\"{\\\\$])#.*"), true)));
        tokens.add(token("function-name",
                pattern(compile("(\\bfunction\\s+)[\\w-]+(?=(?:\\s*\\(?:\\s*\\))?\\s*\\{)"), true, false, "function"),
                pattern(compile("\\b[\\w-]+(?=\\s*\\(\\s*\\)\\s*\\{)"), false, false, "function")));
        tokens.add(token("for-or-select", pattern(compile("(\\b(?:for|select)\\s+)\\w+(?=\\s+in\\s)"), true, false, "variable")));
        tokens.add(token("assign-left", pattern(
                compile("(^|[\\s;|&]|[<>]\\()(?:\\w+\\.)*\\w+(?=\\+?=)|(?:-{1,2})\\w+(?=\\+?=|\\s|$)"), true, false, "variable",
                grammar("inside", token("environment", pattern(compile(WORD_START + ENV), true, false, "constant"))))));
        tokens.add(token("string",
                pattern(compile("((?:^|[^<])<<-?\\s*)(\\w+)\\s[\\s\\S]*?(?:\\r?\\n|\\r)\\2"), true, true, null, insideString),
                pattern(compile("((?:^|[^<])<<-?\\s*)([\"'])(\\w+)\\2\\s[\\s\\S]*?(?:\\r?\\n|\\r)\\3"), true, true, null,
                        grammar("inside", afterHeredoc)),
                pattern(compile("(^|[^\\\\](?:\\\\\\\\)*)\"(?:\\\\[\\s\\S]|\\$\\([^)]+\\)|\\$(?!\\()|`[^`]+`|[^\"\\\\`$])*+\""),
                        true, true, null, insideString),
                pattern(compile("(^|[^$\\\\])'[^']*+'"), true, true),
                pattern(compile("\\$'(?:[^'\\\\]|\\\\[\\s\\S])*+'"), false, true, null, grammar("inside", entity))));
        tokens.add(token("environment", pattern(compile("\\$?" + ENV), false, false, "constant")));
        tokens.add(variable);
        tokens.add(token("function", pattern(compile(WORD_START + "(?:" + COMMANDS + ")" + WORD_END), true)));
        tokens.add(token("keyword", pattern(compile(WORD_START
                + "(?:case|do|done|elif|else|esac|fi|for|function|if|in|select|then|until|while)" + WORD_END), true)));
        tokens.add(token("builtin", pattern(compile(WORD_START + "(?:" + BUILTINS + ")" + WORD_END), true, false, "class-name")));
        tokens.add(token("boolean", pattern(compile(WORD_START + "(?:false|true)" + WORD_END), true)));
        tokens.add(token("file-descriptor", pattern(compile("\\B&\\d\\b"), false, false, "important")));
        tokens.add(token("operator", pattern(
                compile("\\d?<>|>\\||\\+=|=[=~]?|!=?|<<[<-]?|[&\\d]?>>|\\d[<>]&?|[<>][&=]?|&[>&]?|\\|[&|]?"), false, false, null,
                grammar("inside", token("file-descriptor", pattern(compile("^\\d"), false, false, "important"))))));
        tokens.add(token("punctuation", pattern(compile("\\$?\\(\\(?|\\)\\)?|\\.\\.|[{}\\[\\];\\\\]"))));
        tokens.add(token("number", pattern(compile("(^|\\s)(?:[1-9]\\d*|0)(?:[.,]\\d+)?\\b"), true)));

        for (Prism4j.Token token : tokens) {
            if (IN_SUBSTITUTION.contains(token.name())) {
                substitution.add(token);
            }
        }
        return bash;
    }

    /**
     * {@code $((…))} arithmetic, {@code $(…)} and backtick substitution, {@code ${…}} expansion, {@code $name}.
     * Unlike Prism, {@code ${…}} may not hold a {@code {}, so an unclosed one is given up at the next
     * brace rather than at the end of the block.
     */
    private static Prism4j.Token variable(Prism4j.Grammar substitution) {
        return token("variable",
                pattern(compile("\\$?\\(\\([\\s\\S]+?\\)\\)"), false, true, null, grammar("inside",
                        token("variable",
                                pattern(compile("(^\\$\\(\\([\\s\\S]+)\\)\\)"), true),
                                pattern(compile("^\\$\\(\\("))),
                        token("number", pattern(compile("\\b0x[\\dA-Fa-f]+\\b|(?:\\b\\d+(?:\\.\\d*)?|\\B\\.\\d+)(?:[Ee]-?\\d+)?"))),
                        token("operator", pattern(compile("--|\\+\\+|\\*\\*=?|<<=?|>>=?|&&|\\|\\||[=!+\\-*/%<>^&|]=?|[?~:]"))),
                        token("punctuation", pattern(compile("\\(\\(?|\\)\\)?|,|;"))))),
                pattern(compile("\\$\\((?:\\([^)]+\\)|[^()])++\\)|`[^`]+`"), false, true, null, substitution),
                pattern(compile("\\$\\{[^{}]++\\}"), false, true, null, grammar("inside",
                        token("operator", pattern(compile(":[-=?+]?|[!/]|##?|%%?|\\^\\^?|,,?"))),
                        token("punctuation", pattern(compile("[\\[\\]]"))),
                        token("environment", pattern(compile("(\\{)" + ENV), true, false, "constant")))),
                pattern(compile("\\$(?:\\w+|[#?*!@$])")));
    }
}
