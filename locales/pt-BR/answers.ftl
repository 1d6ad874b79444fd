## O bot sempre responde (issue 15): comandos desconhecidos, códigos perdidos, dicas de
## uso, alterações que o Trakt pede para esperar, uma segunda /party.

unknown-command = Não conheço { $command }. Envie /help para ver o que eu sei fazer.
link-stray-code = 🔐 Isso parece um código do Trakt, então apaguei na hora. Códigos só servem durante a vinculação: envie /link e eu mostro onde digitá-lo.
link-stray-code-kept = 🔐 Isso parece um código do Trakt — apague sua mensagem, por favor. Códigos só servem durante a vinculação: envie /link e eu mostro onde digitá-lo.
link-stray-code-pending = 🔐 Isso parece um código do Trakt, então apaguei na hora. A vinculação está em andamento: envie só o código, numa mensagem, e eu uso.
link-needed-alert = Vincule sua conta do Trakt primeiro: envie /link.

discover-usage =
    O que está em alta no Trakt:
    <code>/trending</code> — o que as pessoas estão assistindo agora
    <code>/popular</code> — o mais popular de todos os tempos
    Acrescente <code>séries</code> ou <code>filmes</code>, e <code>semana</code>, <code>mês</code>, <code>ano</code> ou <code>tudo</code> para os mais assistidos: <code>/trending filmes semana</code>.
recommend-usage =
    Títulos que o Trakt escolhe para você:
    <code>/recommend</code> — séries
    <code>/recommend filmes</code> — filmes

later-saving = ⏳ O Trakt pediu para eu esperar, então vou salvar isso em { $seconds } s.
later-already = ⏳ Já está na fila: vou salvar em { $seconds } s.
later-behind = ⏳ Sua alteração anterior ainda está esperando o Trakt, então vou salvar esta logo depois, em { $seconds } s.
later-failed = Não consegui salvar sua alteração no Trakt: { $reason }
later-full = ⏳ Já há alterações demais suas esperando o Trakt. Tente de novo quando elas forem salvas.
later-other-account = Não salvei sua alteração pendente: ela foi feita em uma conta do Trakt que não está mais vinculada aqui.

party-running = 🍿 Já tem uma sessão em grupo rolando aqui, iniciada por { $name } — entre nela aí em cima. { $name } ou um administrador do grupo pode começar uma nova no lugar.
party-button-new = 🔄 Começar outra sessão
party-new-not-allowed = Só { $name } (quem começou a sessão) ou um administrador do grupo pode substituí-la.
party-new-started = Nova sessão iniciada 🍿
party-new-too-late = Outra sessão começou nesse meio-tempo: entre nela.
