## Check-in: "Estou assistindo agora" no Trakt (/checkin, o botão 🎬 dos cards)
cmd-checkin = Seu check-in em andamento, com opção de cancelar
checkin-button = 🎬 Fazer check-in

## Avisos (só quem tocou vê)
checkin-done = Check-in em { $title } até { $time }
checkin-done-no-time = Check-in em { $title }
checkin-already = Você já fez check-in em { $title } até { $time }
checkin-already-no-time = Você já fez check-in em { $title }
checkin-cancelled-toast = Check-in cancelado

## Mensagens
checkin-done-html = 🎬 Check-in em { $title } até { $time }.
checkin-done-html-no-time = 🎬 Check-in em { $title }.
checkin-conflict =
    ⏳ Você já está com check-in em { $running } até { $time }.
    Cancelar e fazer check-in em { $title }?
checkin-conflict-no-time =
    ⏳ Você já está com check-in em { $running }.
    Cancelar e fazer check-in em { $title }?
checkin-replace = ✖ Cancelar e fazer check-in aqui
checkin-keep = Manter
checkin-kept = 👍 Seu check-in continua.
checkin-too-late = 🎬 Não fiz seu check-in: o Trakt o fez esperar demais, e ele já não seria “agora”. Ainda está assistindo? Toque em 🎬 Fazer check-in de novo.
checkin-none = Você não está com check-in em nada agora. Abra um filme ou episódio e toque em 🎬 Fazer check-in.
checkin-now = 🎬 Check-in em { $title }
checkin-now-scrobble = ▶️ Assistindo { $title } em um app de player
checkin-started = Começou às { $time }
checkin-until = Termina às { $time }
checkin-cancel = ✖ Cancelar check-in
checkin-cancelled = Seu check-in em { $title } foi cancelado.
checkin-cancel-none = Não há mais nada em andamento.
checkin-me-watching = ▶️ Assistindo agora: { $title }
checkin-me-watching-until = ▶️ Assistindo agora: { $title }, até { $time }
checkin-usage =
    Mostra em que você fez check-in agora, com a opção de cancelar:
    <code>/checkin</code>
    Não precisa de mais nada.
