## /history
# As palavras depois do comando vêm de args.ftl (entendidas em qualquer idioma).
cmd-history = O que você assistiu, do mais recente ao mais antigo
history-usage =
    Mostro o que você assistiu, do mais recente ao mais antigo:
    <code>/history</code> — tudo
    <code>/history séries</code> ou <code>/history filmes</code>
    <code>/history semana</code>, <code>mês</code> ou <code>ano</code> — só a última semana, o último mês ou o último ano
    Dá para combinar: <code>/history filmes mês</code>.
history-header-a = 🕘 <b>Seu histórico</b>{ $period }
history-header-s = 🕘 <b>Seu histórico: séries</b>{ $period }
history-header-m = 🕘 <b>Seu histórico: filmes</b>{ $period }
history-period-a = {""}
history-period-w = {" "}· última semana
history-period-m = {" "}· último mês
history-period-y = {" "}· último ano
history-empty = Nada por aqui ainda. O que você assistir ou marcar no Trakt aparece aqui.
history-empty-filtered = Nada corresponde a esses filtros. Tente <b>Tudo</b> ou <b>Desde sempre</b>.
history-page-empty = É só isso: não há mais nada depois da página anterior.
history-today = Hoje
history-yesterday = Ontem
history-day-unknown = Data desconhecida
history-kind-a = Tudo
history-kind-s = 📺 Séries
history-kind-m = 🎬 Filmes
history-period-button-a = Desde sempre
history-period-button-w = Semana
history-period-button-m = Mês
history-period-button-y = Ano

## Removing one play
history-remove-mode = 🗑 Remover uma exibição
history-remove-done = ✔ Pronto
history-remove-ask = Remover a exibição { $number }: { $play }?
history-remove-yes = 🗑 Remover
history-remove-toast = Exibição removida
history-remove-gone = Essa exibição já foi removida
history-remove-hint = <i>Toque no número da exibição que quer remover.</i>

## How long the person watched on a day (beside the day's name)
history-day-time = <b>{ $day }</b> · { $time }
duration-minutes = { $minutes } min
duration-hours = { $hours } h
duration-hours-minutes = { $hours } h { $minutes } min
