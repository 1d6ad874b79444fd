## /notify: avisos quando seus episódios forem ao ar
cmd-notify = Avisos quando seus episódios forem ao ar
notify-usage =
    Avisos quando suas séries forem ao ar. Toque nos botões ou digite:
    <code>/notify séries</code> — cada episódio quando for ao ar (<code>/notify séries 60</code>: uma hora depois)
    <code>/notify resumo 8</code> — um resumo diário às 08:00
    <code>/notify não</code> — nenhum aviso (<code>/notify sim</code>: ligados de novo)
    <code>/notify fuso America/Sao_Paulo</code> — seu fuso horário
    <code>/notify silêncio 23 7</code> — horário de silêncio (<code>/notify silêncio não</code>)
    <code>/notify filmes sim</code> — estreias de filmes também
    <code>/notify estreias</code>, <code>finais</code> ou <code>tudo</code> — quais episódios
notify-title = 🔔 <b>Avisos</b>
notify-mode-off-now = Desligados: nada é enviado.
notify-mode-each-now = Cada episódio, { $when }.
notify-mode-digest-now = Um resumo diário às { $time }.
notify-scope-now = Séries: { $scope }
notify-quiet-now = Horário de silêncio: { $quiet }
notify-zone-trakt = Fuso horário: { $zone }, das suas configurações do Trakt
notify-zone-chosen = Fuso horário: { $zone }, definido aqui
notify-movies-now = Estreias de filmes: { $on ->
        [true] sim
       *[false] não
    }
notify-zone-hint = Escolha um fuso horário ou digite: <code>/notify fuso America/Sao_Paulo</code>
notify-zone-unknown = 🌍 Não conheço o fuso horário “{ $zone }”. Digite o fuso de um lugar como Região/Cidade, por exemplo <code>/notify fuso America/Sao_Paulo</code>, ou escolha um em /notify.
notify-scope-followed = em andamento e para assistir
notify-scope-premieres = só estreias
notify-scope-finales = só finais
notify-scope-all = todo o seu calendário
notify-quiet-none = nenhum
notify-at-air = na hora da exibição
notify-later-minutes = { $minutes ->
        [one] { $minutes } minuto depois
       *[other] { $minutes } minutos depois
    }
notify-later-hours = { $hours ->
        [one] { $hours } hora depois
       *[other] { $hours } horas depois
    }
notify-before-minutes = { $minutes ->
        [one] { $minutes } minuto antes
       *[other] { $minutes } minutos antes
    }
notify-before-hours = { $hours ->
        [one] { $hours } hora antes
       *[other] { $hours } horas antes
    }
notify-button-off = Desligados
notify-button-each = Cada episódio
notify-button-digest = Resumo diário
notify-button-when = ⏱ Quando: { $when }
notify-button-hour = 🕗 Às { $time }
notify-button-scope = 📺 Quais séries
notify-button-quiet = 🌙 Silêncio
notify-button-zone = 🌍 Fuso horário
notify-button-zone-trakt = O do Trakt
notify-button-movies = 🎬 Filmes
## o aviso
notify-airs = 📺 { $show } · { $time }
notify-binge = 📺 { $show } · { $count ->
        [one] { $count } episódio novo
       *[other] { $count } episódios novos
    } · { $time }
notify-digest = 🗓 <b>Novidades das suas séries</b> · { $count ->
        [one] { $count } episódio
       *[other] { $count } episódios
    }
notify-movie = 🎬 Estreia hoje: { $movie }
notify-muted-line = <i>🔕 Silenciada: você não vai mais receber avisos desta série.</i>
notify-more = … e mais { $count }
notify-type-series_premiere = estreia da série
notify-type-season_premiere = estreia de temporada
notify-type-mid_season_premiere = volta após o intervalo
notify-type-series_finale = final da série
notify-type-season_finale = final de temporada
notify-type-mid_season_finale = final de meio de temporada
notify-button-seen = ✅ Assisti
notify-button-seen-done = ✅ Assisti ✓
notify-button-open = 🎞 Abrir
notify-button-all = ✅ Assisti todos
notify-button-all-yes = ✅ Sim, { $count ->
        [one] { $count } episódio
       *[other] os { $count }
    }
notify-button-all-no = Cancelar
notify-button-mute = 🔕 Silenciar esta série
notify-button-unmute = 🔔 Reativar
notify-all-done = { $count ->
        [one] { $count } episódio marcado como assistido
       *[other] { $count } episódios marcados como assistidos
    }
notify-muted = Silenciada: você não vai mais receber avisos desta série
notify-unmuted = Os avisos desta série voltaram
notify-hour-range = 🕗 “{ $typed }” não é uma hora do dia: use 0–23, como <code>/notify resumo 8</code> ou <code>/notify silêncio 23 7</code>.
notify-offset-range = ⏱ “{ $typed }” não serve: a diferença é em minutos, de -1440 a 1440 (até um dia antes ou depois da exibição), como <code>/notify séries 60</code>.
notify-quiet-same = 🌙 O horário de silêncio precisa de duas horas diferentes, um início e um fim, como <code>/notify silêncio 23 7</code>.
notify-button-muted = 🔕 Séries silenciadas ({ $count })
notify-muted-title = 🔕 <b>Séries silenciadas</b>: você não recebe avisos delas.
notify-muted-none = 🔕 Nenhuma série silenciada. O botão 🔕 de um aviso silencia a série daquele aviso.
notify-button-unmute-number = 🔔 Reativar { $number }
notify-zone-everywhere = <i>Seu fuso horário vale em tudo: avisos, /calendar, /history, fichas e check-ins.</i>
notify-airs-soon = 📺 { $show } · vai ao ar em { $time }
notify-binge-soon = 📺 { $show } · { $count ->
        [one] { $count } episódio novo vai ao ar
       *[other] { $count } episódios novos vão ao ar
    } em { $time }
notify-link-lost = 🔕 A vinculação com o Trakt parou de funcionar, então os avisos estão pausados. Vincule sua conta de novo para voltar a recebê-los.
## depois de conectar, uma vez
notify-offer = 🔔 Quer uma mensagem quando suas séries forem ao ar? Uma por episódio, com ✅ para marcar como assistido, ou um resumo diário em que cada episódio abre com um toque.
notify-offer-button = 🔔 Configurar avisos
## /due
notify-due-off = Os avisos estão desligados. Ligue-os com /notify.
notify-due-empty = Nada previsto para os próximos dias.
notify-due-header = 🗓 <b>Previstos</b> ({ $zone }) · { $count ->
        [one] { $count } aviso
       *[other] { $count } avisos
    }
