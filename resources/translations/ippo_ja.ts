<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
  <context>
    <name>Actions</name>
    <message>
      <location filename="../../ui/actions.py" line="25" />
      <source>&amp;File</source>
      <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="26" />
      <source>&amp;Edit</source>
      <translation>編集(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="27" />
      <source>&amp;Help</source>
      <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="31" />
      <source>&amp;New workshop…</source>
      <translation>新しいワークショップ(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="33" />
      <source>D&amp;uplicate workshop</source>
      <translation>ワークショップを複製(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="35" />
      <source>De&amp;lete workshop…</source>
      <translation>ワークショップを削除(&amp;L)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="37" />
      <source>Open the &amp;sample workshop</source>
      <translation>サンプル・ワークショップを開く(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="38" />
      <source>Save agenda as &amp;template…</source>
      <translation>アジェンダをテンプレートとして保存(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="40" />
      <source>&amp;Back up now</source>
      <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="41" />
      <source>&amp;Quit</source>
      <translation>終了(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="42" />
      <source>&amp;Undo</source>
      <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="44" />
      <source>&amp;Redo</source>
      <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="46" />
      <source>&amp;About Ippo</source>
      <translation>Ippo について(&amp;A)</translation>
    </message>
  </context>
  <context>
    <name>AgendaEditor</name>
    <message>
      <location filename="../../ui/agenda_commands.py" line="41" />
      <source>Rename stage</source>
      <translation>ステージ名の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="42" />
      <source>Change stage kind</source>
      <translation>ステージの種類の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="43" />
      <source>Change stage length</source>
      <translation>ステージの時間の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="44" />
      <source>Edit instructions</source>
      <translation>説明の編集</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="45" />
      <source>Edit prompts</source>
      <translation>問いかけの編集</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="46" />
      <source>Change warning time</source>
      <translation>予告時間の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="47" />
      <source>Change protection</source>
      <translation>保護の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="48" />
      <source>Change what happens at zero</source>
      <translation>時間切れ時の動作の変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="49" />
      <source>Change chimes</source>
      <translation>チャイムの変更</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="51" />
      <source>Edit stage</source>
      <translation>ステージの編集</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="161" />
      <source>Move stage</source>
      <translation>ステージの移動</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="191" />
      <location filename="../../ui/agenda_editor.py" line="129" />
      <source>Add stage</source>
      <translation>ステージを追加</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_commands.py" line="216" />
      <location filename="../../ui/agenda_editor.py" line="130" />
      <location filename="../../ui/agenda_editor.py" line="327" />
      <source>Remove stage</source>
      <translation>ステージを削除</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="127" />
      <source>Agenda</source>
      <translation>アジェンダ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="129" />
      <source>Move up</source>
      <translation>上へ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="129" />
      <source>Move down</source>
      <translation>下へ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="131" />
      <source>Move the selected stage up (Ctrl+Up)</source>
      <translation>選択したステージを上へ移動（Ctrl+↑）</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="132" />
      <source>Move the selected stage down (Ctrl+Down)</source>
      <translation>選択したステージを下へ移動（Ctrl+↓）</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="133" />
      <source>Add a stage after the selected one</source>
      <translation>選択したステージの後にステージを追加</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="134" />
      <source>Remove the selected stage (Delete)</source>
      <translation>選択したステージを削除（Delete）</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="139" />
      <source>Total length</source>
      <translation>合計時間</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="140" />
      <source>Error</source>
      <translation>エラー</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="212" />
      <source>Total %1 min</source>
      <translation>合計 %1 分</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="214" />
      <source>Total %1 min / template %2 min</source>
      <translation>合計 %1 分 / テンプレート %2 分</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="217" />
      <source>(%1 min)</source>
      <translation>（%1 分）</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="300" />
      <source>New stage</source>
      <translation>新しいステージ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_editor.py" line="322" />
      <source>Remove the stage “%1”?
You can undo this with Ctrl+Z.</source>
      <translation>ステージ「%1」を削除しますか？
Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="40" />
      <source>Opening</source>
      <translation>オープニング</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="41" />
      <source>Taking stock of experience</source>
      <translation>経験の棚卸し</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="42" />
      <source>Putting strengths and values into words</source>
      <translation>強み・価値観の言語化</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="43" />
      <source>Target state and learning themes</source>
      <translation>目指す状態と学びテーマ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="44" />
      <source>Declaring the next step</source>
      <translation>次の一歩の宣言</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="45" />
      <source>Dialogue with other departments</source>
      <translation>他部署との対話</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="46" />
      <source>Role-model talk</source>
      <translation>ロールモデル登壇</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="47" />
      <source>Break</source>
      <translation>休憩</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="48" />
      <source>Wrap-up</source>
      <translation>まとめ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="49" />
      <source>Condition check-in</source>
      <translation>コンディション共有</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="50" />
      <source>Where my career stands</source>
      <translation>キャリアの現在地</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="51" />
      <source>Designing the next challenge</source>
      <translation>次の挑戦設計</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="52" />
      <source>Feedback</source>
      <translation>フィードバック</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="53" />
      <source>Next actions</source>
      <translation>ネクストアクション</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="54" />
      <source>Other</source>
      <translation>その他</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="82" />
      <source>#</source>
      <translation>#</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="83" />
      <source>Stage</source>
      <translation>ステージ</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="84" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="85" />
      <location filename="../../ui/agenda_model.py" line="250" />
      <source>Minutes</source>
      <translation>分</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="86" />
      <location filename="../../ui/agenda_model.py" line="195" />
      <source>Protected</source>
      <translation>保護</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="156" />
      <source>A protected stage is never shortened when the workshop runs late.</source>
      <translation>保護したステージは、進行が遅れても短縮しません。</translation>
    </message>
    <message>
      <location filename="../../ui/agenda_model.py" line="196" />
      <source>Not protected</source>
      <translation>保護なし</translation>
    </message>
  </context>
  <context>
    <name>Application</name>
    <message>
      <location filename="../../ui/application.py" line="117" />
      <source>Welcome to Ippo</source>
      <extracomment>Set by bench/startup.py: quit right after the main window's first paint, printing the time.</extracomment>
      <translation>Ippo へようこそ</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="118" />
      <source>There are no workshops yet. Open a sample workshop with 24 fictional participants to see how Ippo works?</source>
      <translation>まだワークショップがありません。架空の参加者24名のサンプル・ワークショップを開いて、Ippo の使い方を見てみますか？</translation>
    </message>
    <message>
      <location filename="../../ui/application.py" line="122" />
      <source>Open the sample</source>
      <translation>サンプルを開く</translation>
    </message>
  </context>
  <context>
    <name>Dialogs</name>
    <message>
      <location filename="../../ui/dialogs.py" line="37" />
      <source>Ippo</source>
      <translation>Ippo</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="89" />
      <source>%1 template(s) could not be loaded: %2: %3: %4</source>
      <translation>%1 件のテンプレートを読み込めませんでした: %2: %3: %4</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="140" />
      <source>Ippo — career ownership workshops</source>
      <translation>Ippo — キャリアオーナーシップ・ワークショップ</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="144" />
      <source>Workshop</source>
      <translation>ワークショップ</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="145" />
      <source>Agenda</source>
      <translation>アジェンダ</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="146" />
      <source>Participants</source>
      <translation>参加者</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="147" />
      <source>Details</source>
      <translation>詳細</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="148" />
      <source>Workshops</source>
      <translation>ワークショップ一覧</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="189" />
      <source>No workshop open. Create one with New workshop.</source>
      <translation>ワークショップが開かれていません。「新しいワークショップ」から作成してください。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="194" />
      <source>%1 — %2 · %3 people</source>
      <translation>%1 — %2 · %3 名</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="196" />
      <source>no date</source>
      <translation>日付未定</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="246" />
      <source>%1 (copy)</source>
      <translation>%1（コピー）</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="259" />
      <source>Delete 「%1」 with its agenda and its %2 participants' data? A backup is taken first.</source>
      <translation>「%1」をアジェンダと参加者 %2 名のデータごと削除しますか？ 削除の前にバックアップを取ります。</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="265" />
      <source>Delete workshop</source>
      <translation>ワークショップの削除</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="265" />
      <source>Delete</source>
      <translation>削除</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="293" />
      <source>Saved the agenda as a template: %1</source>
      <translation>アジェンダをテンプレートとして保存しました: %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="298" />
      <source>Backup saved: %1</source>
      <translation>バックアップを保存しました: %1</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="305" />
      <source>About Ippo</source>
      <translation>Ippo について</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="306" />
      <source>Ippo %1
Data folder: %2</source>
      <translation>Ippo %1
データフォルダー: %2</translation>
    </message>
  </context>
  <context>
    <name>NewWorkshopDialog</name>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="40" />
      <source>New workshop</source>
      <translation>新しいワークショップ</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="49" />
      <source>e.g. Career workshop for new managers</source>
      <translation>例：新任管理職向けキャリア研修</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="65" />
      <source>Template</source>
      <translation>テンプレート</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="66" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="67" />
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="68" />
      <source>Venue</source>
      <translation>会場</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="69" />
      <source>Facilitator</source>
      <translation>ファシリテーター</translation>
    </message>
    <message>
      <location filename="../../ui/new_workshop_dialog.py" line="70" />
      <source>Language of the room</source>
      <translation>会場の言語</translation>
    </message>
  </context>
  <context>
    <name>ParticipantsModel</name>
    <message>
      <location filename="../../ui/participants_view.py" line="24" />
      <source>Name</source>
      <translation>氏名</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="25" />
      <source>Reading</source>
      <translation>ふりがな</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="26" />
      <source>Department</source>
      <translation>部署</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="27" />
      <source>Employee code</source>
      <translation>社員番号</translation>
    </message>
    <message>
      <location filename="../../ui/participants_view.py" line="28" />
      <source>Checked in</source>
      <translation>受付済み</translation>
    </message>
  </context>
  <context>
    <name>StageForm</name>
    <message>
      <location filename="../../ui/stage_form.py" line="95" />
      <source>Stage details</source>
      <translation>ステージの詳細</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="96" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="96" />
      <source>Kind</source>
      <translation>種類</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="96" />
      <source>Instructions</source>
      <translation>説明</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="97" />
      <source>Prompts (one per line)</source>
      <translation>問いかけ（1行に1つ）</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="97" />
      <source>Warning (minutes before the end)</source>
      <translation>予告（終了の何分前）</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="98" />
      <source>At zero</source>
      <translation>時間切れのとき</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="107" />
      <source>Hold at zero</source>
      <translation>0:00 で止める</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="108" />
      <source>Move on to the next stage</source>
      <translation>次のステージへ進む</translation>
    </message>
    <message>
      <location filename="../../ui/stage_form.py" line="109" />
      <location filename="../../ui/stage_form.py" line="110" />
      <source>Play chimes</source>
      <translation>チャイムを鳴らす</translation>
    </message>
  </context>
  <context>
    <name>WorkshopDetails</name>
    <message>
      <location filename="../../ui/workshop_details.py" line="77" />
      <source>Title</source>
      <translation>タイトル</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="78" />
      <source>Date</source>
      <translation>日付</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="79" />
      <source>Venue</source>
      <translation>会場</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="80" />
      <source>Facilitator</source>
      <translation>ファシリテーター</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="81" />
      <source>Language of the room</source>
      <translation>会場の言語</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="82" />
      <source>Notes</source>
      <translation>メモ</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_details.py" line="86" />
      <source>No date yet</source>
      <translation>日付未定</translation>
    </message>
  </context>
  <context>
    <name>WorkshopList</name>
    <message>
      <location filename="../../ui/workshop_list.py" line="47" />
      <source>no date</source>
      <translation>日付未定</translation>
    </message>
    <message>
      <location filename="../../ui/workshop_list.py" line="50" />
      <source>%1 · %2 min · %3 people</source>
      <translation>%1 · %2 分 · %3 名</translation>
    </message>
  </context>
</TS>