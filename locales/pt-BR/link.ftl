# /link, /unlink e /me (bot/features/link.py, link_poll.py, account.py).
# Nunca coloque um token numa mensagem; o código curto do dispositivo só vai para um chat privado.

## Menu de comandos (texto simples)
cmd-link = Vincular sua conta do Trakt
cmd-unlink = Desvincular sua conta do Trakt
cmd-me = Sua conta do Trakt vinculada e os limites dela

## /link em um chat privado
link-device =
    🔗 <b>Vincule sua conta do Trakt</b>

    1. Toque em <b>Abrir Trakt</b> aqui embaixo e entre no Trakt, se ele pedir.
    2. Confira se a página mostra <code>{ $code }</code> e aprove.

    O código vale por { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }. Eu aviso aqui assim que você aprovar.
link-device-relink = Este chat está vinculado a <b>{ $username }</b> agora; se você aprovar, ele passa para a nova conta.
link-device-fallback = A página não funciona? <a href="{ $url }">Entre por aqui</a> e me envie o código que o Trakt mostrar.
link-button-open = 🔑 Abrir Trakt
link-button-cancel = ✖️ Cancelar
link-button-again = 🔄 Começar de novo
link-button-private = 🔗 Vincular no privado
link-open-private = Abra um chat privado comigo para vincular sua conta.
link-stale = Este login já terminou.
link-cancelled = Cancelado: nada foi vinculado.
link-cancelled-toast = Cancelado
link-replaced = ↪️ Este código foi substituído por um mais novo, logo abaixo.

## Como termina uma vinculação
link-code-used = 🔐 Este login foi concluído; o código não funciona mais.
link-done = ✅ Conta <b>{ $username }</b> vinculada. Seus comandos pessoais já funcionam: /me mostra a conta, /unlink desvincula e /help lista tudo.
# Linked, but Trakt did not say yet whose account it is (the name shows on /me later).
link-done-unnamed = ✅ Sua conta do Trakt está vinculada. Seus comandos pessoais já funcionam: /me mostra a conta, /unlink desvincula e /help lista tudo.
link-denied = 🚫 O pedido foi recusado no Trakt, então nada foi vinculado.
link-expired = ⌛ O código expirou antes de ser aprovado. Nada foi vinculado.
link-invalid = ❓ O Trakt não reconhece mais este código. Nada foi vinculado.
link-already-used = ⚠️ Este código já foi usado. Se você o aprovou, confira com /me; se não, comece de novo.
link-failed = A vinculação não foi concluída. { $reason }
link-expired-away = ⌛ Sua tentativa de vinculação expirou enquanto eu estava fora — desculpe! Comece de novo quando quiser; leva um minuto.
link-unreadable-away = ⌛ Não consegui retomar sua tentativa de vinculação depois de um reinício — desculpe! Comece de novo quando quiser; leva um minuto.

## Um código colado no chat
link-code-wrong = ❌ O Trakt não aceitou esse código: talvez tenha sido digitado errado, esteja expirado ou já tenha sido usado. Gere um novo e tente de novo. (Apaguei sua mensagem com o código.)
link-code-is-device = Esse código é para digitar na página do Trakt, não aqui. Toque em <b>Abrir Trakt</b> acima e aprove lá.

## /link em um grupo
link-group = 🔒 A vinculação acontece em um chat privado comigo, então nenhum código aparece aqui. Toque no botão para continuar lá.
link-group-code-deleted = 🔒 Apaguei essa mensagem: códigos de login nunca devem ser postados em um grupo. Envie /link para mim em um chat privado.
link-group-code-not-deleted = 🔒 Por favor, apague sua última mensagem: ela tem um código de login, e eu não consigo apagá-la aqui. Envie /link para mim em um chat privado.

## /unlink
unlink-confirm = Desvincular a conta do Trakt <b>{ $username }</b>? Vou esquecê-la aqui e pedir ao Trakt para encerrar meu acesso.
unlink-button-yes = Sim, desvincular
unlink-button-no = Cancelar
unlink-done = ✅ Conta <b>{ $username }</b> desvinculada: eu a esqueci aqui e o Trakt encerrou meu acesso. Vincule de novo quando quiser com /link.
unlink-done-local = ✅ Conta <b>{ $username }</b> desvinculada aqui. O Trakt não respondeu, então meu acesso ainda pode aparecer em <a href="{ $url }">seus apps conectados</a> no Trakt; você pode revogá-lo lá.
unlink-unreadable = 🧹 Não consegui mais ler o vínculo com o Trakt guardado para você, então o removi. Meu acesso ainda pode aparecer em <a href="{ $url }">seus apps conectados</a> no Trakt; você pode revogá-lo lá. Vincule de novo quando quiser com /link.
unlink-kept = Nada mudou: a conta <b>{ $username }</b> continua vinculada.
unlink-none = Não há mais nenhuma conta do Trakt vinculada aqui.

## /me
me-header = 👤 <b>Sua conta do Trakt</b>
me-user = <a href="{ $url }">{ $username }</a>
me-user-named = <a href="{ $url }">{ $username }</a> ({ $name })
me-since = Vinculada aqui desde { $date }
me-vip = ⭐ Trakt VIP
me-free = Conta gratuita (não VIP)
me-private = 🔒 Seu perfil no Trakt é privado.
me-header-shared = 👤 <b>Conta do Trakt de { $username }</b>
me-since-shared = Vinculada a este bot desde { $date }
me-private-shared = 🔒 Este perfil no Trakt é privado.
me-limits-header = <b>Limites que o Trakt define para esta conta</b>
me-limit-lists = • Listas pessoais: até { $count ->
        [0] { $count } listas
        [one] { $count } lista
        [many] { $count } de listas
       *[other] { $count } listas
    } com até { $limit ->
        [0] { $limit } itens
        [one] { $limit } item
        [many] { $limit } de itens
       *[other] { $limit } itens
    } cada
me-limit-lists-count = • Listas pessoais: até { $count ->
        [0] { $count } listas
        [one] { $count } lista
        [many] { $count } de listas
       *[other] { $count } listas
    }
me-limit-watchlist = • Lista para assistir: até { $count ->
        [0] { $count } títulos
        [one] { $count } título
        [many] { $count } de títulos
       *[other] { $count } títulos
    }
me-limit-collection = • Coleção: até { $count ->
        [0] { $count } títulos
        [one] { $count } título
        [many] { $count } de títulos
       *[other] { $count } títulos
    }
me-limit-favorites = • Favoritos: até { $count ->
        [0] { $count } títulos
        [one] { $count } título
        [many] { $count } de títulos
       *[other] { $count } títulos
    }
me-limit-notes = • Notas: até { $count ->
        [0] { $count } notas
        [one] { $count } nota
        [many] { $count } de notas
       *[other] { $count } notas
    }
me-limits-none = O Trakt não informou nenhum limite para esta conta.
me-button-profile = 🌐 Perfil no Trakt
me-button-unlink = Desvincular
